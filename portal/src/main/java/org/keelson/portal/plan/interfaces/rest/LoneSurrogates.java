package org.keelson.portal.plan.interfaces.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds strings of a JSON document holding half of a surrogate pair ({@code "\ud800"}): no character at all, which
 * the database would store as '?'. Each is reported with its JSON path in the codec's style ({@code wbs[3].name.zh}).
 * A document that is not well-formed yields nothing here; the plan reader reports it.
 */
final class LoneSurrogates {
    private static final JsonFactory JSON = new JsonFactory();

    private LoneSurrogates() {
    }

    static List<ErrorsDto.Error> find(byte[] json) {
        List<ErrorsDto.Error> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && containsLoneSurrogate(parser.getText())) {
                    errors.add(new ErrorsDto.Error(path(parser.getParsingContext()),
                            "contains half of a UTF-16 surrogate pair, which is not a character"));
                }
            }
        } catch (IOException malformed) {
            return List.of();
        }
        return errors;
    }

    static boolean containsLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName();
            path.insert(0, step);
        }
        return path.length() == 0 ? "$" : path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
