package org.keelson.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.plan.json.ValidationError;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.primavera.PrimaveraPMFileReader;
import org.mpxj.primavera.PrimaveraXERFileReader;
import org.mpxj.reader.ProjectReader;

/**
 * Reads an MS Project or Primavera P6 file into a Keelson plan, all or nothing: the result is a plan the plan
 * checker accepts, with notes on what it could not carry, or an {@link ImportException} and nothing at all.
 *
 * <p>Hostile files are refused before MPXJ parses them: more than {@code maxBytes} bytes (counted while reading,
 * so an endless stream is cut off there), and an XML document that declares a DOCTYPE (MSPDI and PMXML never
 * need one; it is how external entities would be brought in). MPXJ's own XML parser refuses DOCTYPEs as well.
 * Instances hold only the limit and are thread-safe.
 */
public final class ProjectImport {

    private final long maxBytes;

    public ProjectImport(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads at most {@code maxBytes} from {@code in} (not closed) and imports them. */
    public ImportResult read(InputStream in, ImportFormat format, String planCode) {
        return read(bounded(in), format, planCode);
    }

    public ImportResult read(byte[] content, ImportFormat format, String planCode) {
        if (content.length > maxBytes) {
            throw new ImportException("import.tooLarge", maxBytes);
        }
        if (content.length == 0) {
            throw new ImportException("import.empty");
        }
        if (format.isXml()) {
            refuseDoctype(content);
        }
        if (format == ImportFormat.XER && !endsWithEndMarker(content)) {
            throw new ImportException("import.truncated", format.id());
        }
        ProjectFile file = parse(content, format);
        ImportResult result = new PlanFromProject(file, planCode, format == ImportFormat.XER).plan();
        List<ValidationError> problems = new PlanJson().validate(result.plan());
        if (!problems.isEmpty()) {
            throw new ImportException("import.invalid", problems, null, problems.size());
        }
        return result;
    }

    /**
     * Whether an XER file ends with its end-of-file line "%E". MPXJ reads XER tables line by line and would take a
     * file cut short for a project with fewer activities; the marker tells a whole file from a part.
     */
    private static boolean endsWithEndMarker(byte[] content) {
        int end = content.length;
        while (end > 0 && Character.isWhitespace(content[end - 1])) {
            end--;
        }
        return end >= 2 && content[end - 2] == '%' && content[end - 1] == 'E' && (end == 2 || content[end - 3] == '\n' || content[end - 3] == '\r');
    }

    private byte[] bounded(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ImportException("import.tooLarge", maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ProjectFile parse(byte[] content, ImportFormat format) {
        ProjectFile file;
        try {
            file = reader(content, format).read(new ByteArrayInputStream(content));
        } catch (MPXJException | RuntimeException e) {
            throw new ImportException("import.unreadable", List.of(), e, format.id());
        }
        if (file == null) {
            throw new ImportException("import.unreadable", format.id());
        }
        return file;
    }

    private static ProjectReader reader(byte[] content, ImportFormat format) {
        return switch (format) {
            case MSPDI -> new MSPDIReader();
            case MPP -> new MPPReader();
            case PMXML -> new PrimaveraPMFileReader();
            case XER -> {
                PrimaveraXERFileReader reader = new PrimaveraXERFileReader();
                // P6 writes the Windows code page; a file that is valid UTF-8 (as Keelson writes them) is read as such
                if (isUtf8(content)) {
                    reader.setCharset(StandardCharsets.UTF_8);
                }
                yield reader;
            }
        };
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Refuses an XML document whose prolog declares a DOCTYPE. The prolog is read in the document's encoding (UTF-16
     * when it starts with a byte-order mark or a zero byte, else an ASCII-compatible one).
     */
    private static void refuseDoctype(byte[] content) {
        boolean utf16be = content.length > 1 && (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF || content[0] == 0);
        boolean utf16le = content.length > 1 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE || content[1] == 0);
        String text = new String(content, utf16be ? StandardCharsets.UTF_16BE
                : utf16le ? StandardCharsets.UTF_16LE : StandardCharsets.ISO_8859_1);
        int root = firstElement(text);
        if (text.substring(0, root).contains("<!DOCTYPE")) {
            throw new ImportException("import.xml.doctype");
        }
    }

    /** Where the root element starts: the first "<" that opens neither a declaration, a comment nor a DOCTYPE. */
    private static int firstElement(String text) {
        int i = text.indexOf('<');
        while (i >= 0 && i + 1 < text.length() && (text.charAt(i + 1) == '?' || text.charAt(i + 1) == '!')) {
            i = text.indexOf('<', i + 1);
        }
        return i < 0 ? text.length() : i;
    }
}
