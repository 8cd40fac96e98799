package org.keelson.portal.plan.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.keelson.portal.web.RequestTooLargeException;

class ErrorMappersTest {

    @Test
    void unexpectedFailureAnswers500WithARequestIdAndNothingElse() {
        Response response = new UnexpectedErrorMapper().toResponse(new PersistenceException(
                "could not execute statement [insert into plan ...]", new IllegalStateException("org.h2.jdbc")));

        assertEquals(500, response.getStatus());
        List<ErrorsDto.Error> errors = ((ErrorsDto) response.getEntity()).errors();
        assertEquals(1, errors.size());
        assertEquals("$", errors.get(0).path());
        assertTrue(errors.get(0).message().matches("internal error; request id [0-9a-f-]{36}"), errors.toString());
    }

    @Test
    void bodyCutOffAtTheLimitAnswers413() {
        Response response = new UnexpectedErrorMapper()
                .toResponse(new UncheckedIOException(new RequestTooLargeException(1024)));

        assertEquals(413, response.getStatus());
        assertEquals("the request body is larger than the limit of 1024 bytes",
                ((ErrorsDto) response.getEntity()).errors().get(0).message());
    }

    @Test
    void jaxRsErrorsKeepTheirStatusAndGetTheErrorsBody() {
        Response response = new HttpErrorMapper().toResponse(new NotFoundException("RESTEASY003210: Could not find resource"));

        assertEquals(404, response.getStatus());
        assertEquals(List.of(new ErrorsDto.Error("$", "no such resource")), ((ErrorsDto) response.getEntity()).errors());
    }

    @Test
    void loneSurrogatesAreFoundWithTheirPaths() {
        String json = "{\"code\": \"KP-1\", \"name\": {\"zh\": \"\\ud800x\"}, \"wbs\": [{}, {\"name\": {\"en\": \"a\\udc00\"}}],"
                + " \"ok\": \"\\ud83d\\ude00\"}";

        List<ErrorsDto.Error> errors = LoneSurrogates.find(json.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("name.zh", "wbs[1].name.en"), errors.stream().map(ErrorsDto.Error::path).toList());
        assertFalse(LoneSurrogates.containsLoneSurrogate("😀 中文"));
        assertTrue(LoneSurrogates.containsLoneSurrogate("\ud83d"));
        assertEquals(List.of(), LoneSurrogates.find("{\"broken\": ".getBytes(StandardCharsets.UTF_8)));
    }
}
