package org.extramile.api.limits;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses a JSON body whose strings hold a NUL character ({@code \u0000}) with a 400, as the body is read and before
 * any of it is used: PostgreSQL refuses NUL in text, so a name or an answer holding one would otherwise end in a 500
 * at whichever insert met it first. The body still streams; nothing of it is held.
 */
@Provider
public class JsonNulGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            context.setInputStream(new NulEscapeScanner(context.getInputStream()));
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
