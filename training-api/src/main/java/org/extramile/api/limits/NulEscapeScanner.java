package org.extramile.api.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.extramile.api.problem.NulInBodyException;

/**
 * Passes JSON bytes through and fails with {@link NulInBodyException} at the escape {@code \u0000}. JSON writes a NUL
 * in a string only as that escape (a raw one is already malformed), and a backslash only inside strings, so following
 * escapes byte by byte is enough; UTF-8 never uses ASCII bytes inside a multi-byte character.
 */
final class NulEscapeScanner extends FilterInputStream {

    private static final int OUTSIDE = -2;
    private static final int AFTER_BACKSLASH = -1;

    /** {@link #OUTSIDE}, {@link #AFTER_BACKSLASH}, or how many hex digits of a {@code \\u} escape were read (0 to 3). */
    private int state = OUTSIDE;

    private int codeUnit;

    NulEscapeScanner(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            scan(buffer[offset + i]);
        }
        return n;
    }

    private void scan(int b) throws NulInBodyException {
        if (state == OUTSIDE) {
            state = b == '\\' ? AFTER_BACKSLASH : OUTSIDE;
        } else if (state == AFTER_BACKSLASH) {
            state = b == 'u' ? 0 : OUTSIDE;
            codeUnit = 0;
        } else {
            int digit = Character.digit(b, 16);
            if (digit < 0) {
                state = OUTSIDE;
                return;
            }
            codeUnit = codeUnit * 16 + digit;
            if (++state == 4) {
                state = OUTSIDE;
                if (codeUnit == 0) {
                    throw new NulInBodyException();
                }
            }
        }
    }
}
