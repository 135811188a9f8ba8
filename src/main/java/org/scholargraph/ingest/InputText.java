package org.scholargraph.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens an input file as text: gunzips {@code .gz} (by its magic bytes, not its name), removes a
 * byte-order mark and picks the charset it names (UTF-8 or UTF-16), else UTF-8, and falls back to
 * ISO-8859-1 when the start of the file is not valid UTF-8.
 */
public final class InputText {

    /** How many characters detection looks at. */
    public static final int HEAD_CHARS = 16_384;

    private static final int PROBE_BYTES = 65_536;

    private final Path file;
    private final Charset charset;
    private final boolean gzip;
    private final int bomLength;

    private InputText(Path file, Charset charset, boolean gzip, int bomLength) {
        this.file = file;
        this.charset = charset;
        this.gzip = gzip;
        this.bomLength = bomLength;
    }

    /** Inspects the file's first bytes to learn how to decode it. */
    public static InputText of(Path file) throws IOException {
        boolean gzip;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            gzip = raw.read() == 0x1f && raw.read() == 0x8b;
        }
        byte[] probe;
        try (InputStream in = bytes(file, gzip)) {
            probe = in.readNBytes(PROBE_BYTES);
        }
        Charset charset = StandardCharsets.UTF_8;
        int bom = 0;
        if (probe.length >= 3 && (probe[0] & 0xff) == 0xef && (probe[1] & 0xff) == 0xbb && (probe[2] & 0xff) == 0xbf) {
            bom = 3;
        } else if (probe.length >= 2 && (probe[0] & 0xff) == 0xfe && (probe[1] & 0xff) == 0xff) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (probe.length >= 2 && (probe[0] & 0xff) == 0xff && (probe[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (!validUtf8(probe)) {
            charset = StandardCharsets.ISO_8859_1;
        }
        return new InputText(file, charset, gzip, bom);
    }

    /** The charset the file is decoded with. */
    public Charset charset() {
        return charset;
    }

    /** Whether the file is gzip-compressed. */
    public boolean gzip() {
        return gzip;
    }

    /** The first {@link #HEAD_CHARS} characters, for format detection. */
    public String head() throws IOException {
        try (BufferedReader reader = open()) {
            char[] buffer = new char[HEAD_CHARS];
            int filled = 0;
            int n;
            while (filled < buffer.length && (n = reader.read(buffer, filled, buffer.length - filled)) > 0) {
                filled += n;
            }
            return new String(buffer, 0, filled);
        }
    }

    /** Opens the decoded text, positioned after the byte-order mark. Undecodable bytes become U+FFFD. */
    public BufferedReader open() throws IOException {
        InputStream in = bytes(file, gzip);
        if (in.skip(bomLength) != bomLength) {
            in.close();
            throw new IOException("cannot skip the byte-order mark");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static InputStream bytes(Path file, boolean gzip) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzip ? new BufferedInputStream(new ExplainedGzip(new GZIPInputStream(in, 1 << 16)), 1 << 16) : in;
    }

    /**
     * Says what the JDK's gzip errors mean for the user: "Unexpected end of ZLIB input stream" and
     * "invalid stored block lengths" are a file cut short or damaged in transfer.
     */
    private static final class ExplainedGzip extends FilterInputStream {

        ExplainedGzip(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (EOFException | ZipException e) {
                throw explained(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (EOFException | ZipException e) {
                throw explained(e);
            }
        }

        private static IOException explained(IOException e) {
            return new IOException("the gzip data ends early or is damaged (" + e.getMessage() + "); the file was"
                    + " probably cut short by an interrupted download or copy: fetch it again", e);
        }
    }

    private static boolean validUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int continuation;
            if (b < 0x80) {
                continuation = 0;
            } else if (b >= 0xc2 && b < 0xe0) {
                continuation = 1;
            } else if (b >= 0xe0 && b < 0xf0) {
                continuation = 2;
            } else if (b >= 0xf0 && b < 0xf5) {
                continuation = 3;
            } else {
                return false;
            }
            if (i + continuation >= bytes.length) {
                return true; // cut at the probe's end, not an error
            }
            for (int k = 1; k <= continuation; k++) {
                if ((bytes[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += continuation + 1;
        }
        return true;
    }
}
