package org.extramile.api.certification;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.extramile.certification.SigningKeys;

/** The public signing keys at the well-known address verifiers look for, outside the API's path. */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    SigningKeys keys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/jwk-set+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(JSONB.toJson(keys.publicJwks()));
    }
}
