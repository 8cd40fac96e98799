package org.keelson.portal.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where the container sends errors (web.xml's error pages): pages get error.xhtml in the reader's language; API
 * requests keep the JSON error their refusal already wrote (an error page there would be HTML appended to, or
 * written over, a closed JSON answer).
 */
@WebServlet(ErrorPageDispatcher.PATH)
public class ErrorPageDispatcher extends HttpServlet {
    private static final long serialVersionUID = 1L;

    static final String PATH = "/error-dispatch";
    static final String ERROR_PAGE = "/error.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String api = request.getContextPath() + "/api/";
        if (response.isCommitted() || failed instanceof String uri && uri.startsWith(api)) {
            return;
        }
        request.getRequestDispatcher(ERROR_PAGE).forward(request, response);
    }
}
