package org.keelson.portal.plan.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The plan's version as an HTTP entity tag: {@code GET} sends it as {@code ETag}, every write must send it back as
 * {@code If-Match} so that a write based on an older read is refused (412) instead of overwriting what was saved
 * in between. One tag for the whole plan, since an edit of one element may move the dates of all others.
 */
public final class PlanVersionTag {

    private PlanVersionTag() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client read, from {@code If-Match}; null when the header is missing (the write is refused with
     * 428) and -1 when it is not a version this API sent (it cannot match, so 412).
     */
    public static Long expected(HttpHeaders headers) {
        String value = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (value == null || value.isBlank()) {
            return null;
        }
        String tag = value.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
