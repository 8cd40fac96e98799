package org.keelson.simulation.plan.json;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Says what is wrong with a document that is not JSON, in the words of someone editing the file: where (line and
 * column) and what, without the parser's internals (its class, feature and setting names, its redacted source).
 */
final class SyntaxErrors {

    /** A parser message pattern and what to say instead, given the pattern's groups. */
    private record Rule(Pattern pattern, Function<Matcher, String> reason) {
        Rule(String regex, Function<Matcher, String> reason) {
            this(Pattern.compile(regex, Pattern.DOTALL), reason);
        }
    }

    private static final String VALUE = "a value (a string, number, list, object, true, false or null)";

    private static final List<Rule> RULES = List.of(
            new Rule("Unexpected character \\('(.)' .*maybe a \\(non-standard\\) comment.*",
                    m -> "comments are not allowed in JSON"),
            new Rule("Unexpected character \\(''' .*", m -> "texts and field names need double quotes, not single ones"),
            new Rule("Unexpected character \\('(.)' .*was expecting double-quote to start field name.*",
                    m -> "expected a field name in double quotes, got " + m.group(1)
                            + (m.group(1).equals("}") ? " (a comma too many before it?)" : "")),
            new Rule("Unexpected character \\('(.)' .*was expecting comma to separate Object entries.*",
                    m -> "expected a comma or } after a field's value, got " + m.group(1)),
            new Rule("Unexpected character \\('(.)' .*was expecting comma to separate Array entries.*",
                    m -> "expected a comma or ] after a list element, got " + m.group(1)),
            new Rule("Unexpected character \\('(.)' .*was expecting a colon to separate field name and value.*",
                    m -> "expected a colon after the field name, got " + m.group(1)),
            new Rule("Unexpected character \\('(.)' .*in numeric value.*", m -> "a number is cut short before " + m.group(1)),
            new Rule("Unexpected character \\('(.)' .*", m -> "expected " + VALUE + ", got " + m.group(1)),
            new Rule("Unrecognized token '(.*)': was expecting.*", m -> "expected " + VALUE + ", got " + m.group(1)),
            new Rule("Non-standard token '(.*)'.*", m -> m.group(1) + " is not a number in JSON"),
            new Rule("Invalid numeric value: Leading zeroes not allowed.*", m -> "a number starts with a zero (write 1, not 01)"),
            new Rule("Illegal unquoted character.*", m -> "a line break or other control character in a text must be written"
                    + " as an escape such as \\n"),
            new Rule("Unrecognized character escape '(.)'.*", m -> "\\" + m.group(1) + " is not an escape in JSON; write a"
                    + " backslash as \\\\"),
            new Rule("Unexpected end-of-input.*", m -> "the document ends before every object, list and text in it is closed"),
            new Rule("Unexpected close marker '(.)'.*for root.*", m -> "unexpected content after the plan object"),
            new Rule("Unexpected close marker '(.)': expected '(.)'.*", m -> m.group(1) + " where " + m.group(2)
                    + " should close the " + (m.group(2).equals("]") ? "list" : "object")),
            new Rule("Duplicate field '(.*)'", m -> "the field \"" + m.group(1) + "\" appears twice in one object"),
            new Rule("Invalid UTF-(8|16|32).*", m -> "the file is not UTF-8, UTF-16 or UTF-32 text"),
            new Rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> "a number has " + m.group(1) + " characters; at most " + m.group(2) + " are allowed"),
            new Rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> "a text has " + m.group(1) + " characters; at most " + m.group(2) + " are allowed"),
            new Rule("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> "objects and lists are nested " + m.group(1) + " deep; at most " + m.group(2) + " are allowed"));

    private SyntaxErrors() {
    }

    /**
     * The error for a parser failure: at the location the failure names or, for the parser's limits on sizes and
     * for undecodable bytes, which name none, at {@code parserLocation}.
     */
    static ValidationError of(IOException e, JsonLocation parserLocation) {
        JsonLocation location = e instanceof JsonProcessingException syntax && syntax.getLocation() != null
                ? syntax.getLocation() : parserLocation;
        String message = e instanceof JsonProcessingException syntax ? syntax.getOriginalMessage() : e.getMessage();
        return at(location, reason(message));
    }

    static ValidationError at(JsonLocation location, String reason) {
        String where = location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new ValidationError("$", "malformed JSON" + where + ": " + reason);
    }

    /** The plain-words reason for a parser message; an unforeseen message keeps its first clause. */
    private static String reason(String message) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                return rule.reason().apply(matcher);
            }
        }
        return message.split("[\\n(\\[:`]", 2)[0].strip();
    }
}
