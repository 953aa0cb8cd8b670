package org.extramile.web.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browsers ask for {@code /favicon.ico} where nothing names an icon (a PDF or a JSON document opened in a tab): the
 * icon the pages link answers there too, rather than a 404.
 */
@WebServlet("/favicon.ico")
public class Favicon extends HttpServlet {

    static final String ICON = "/resources/images/favicon.svg";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.getRequestDispatcher(ICON).forward(request, response);
    }
}
