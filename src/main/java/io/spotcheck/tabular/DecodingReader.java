package io.spotcheck.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV stream as UTF-8, or as GB18030 when its bytes are not UTF-8, without reading it whole: ASCII is the
 * same in both, so the choice is made at the first non-ASCII byte, on the {@value #CHUNK} bytes from there (valid
 * UTF-8 there means UTF-8). Any byte the chosen encoding cannot read is refused with its offset; a byte-order mark
 * (already skipped by the caller) fixes UTF-8.
 */
final class DecodingReader extends Reader {

    static final int CHUNK = 64 * 1024;
    static final Charset GB18030 = Charset.forName("GB18030");
    static final String NOT_TEXT = "文件不是 UTF-8 或 GB18030 编码，请另存为 CSV UTF-8"
            + " (the file is not UTF-8 or GB18030 text; save it as CSV UTF-8)";

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private long offset;
    private boolean eof;
    private boolean flushed;
    private CharsetDecoder decoder;
    private Encoding encoding;
    private int pending = -1;

    /** {@code skipped}: bytes already taken off the stream (a byte-order mark), which also fixes UTF-8. */
    DecodingReader(InputStream in, int skipped) {
        this.in = in;
        this.offset = skipped;
        bytes.limit(0);
        if (skipped > 0) {
            choose(StandardCharsets.UTF_8, Encoding.UTF_8_BOM);
        }
    }

    /** What was read: UTF-8 while only ASCII was seen. */
    Encoding encoding() {
        return encoding == null ? Encoding.UTF_8 : encoding;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        if (pending >= 0) {
            out.put((char) pending);
            pending = -1;
        }
        while (out.position() == off) {
            if (decoder == null) {
                asciiInto(out);
                if (out.position() > off) {
                    break;
                }
                if (bytes.hasRemaining()) {
                    decide();
                } else if (eof) {
                    return -1;
                } else {
                    fill();
                }
                continue;
            }
            if (eof && !bytes.hasRemaining() && flushed) {
                return -1;
            }
            CharBuffer target = out.remaining() >= 2 ? out : CharBuffer.allocate(2);
            CoderResult r = decoder.decode(bytes, target, eof);
            if (r.isError()) {
                throw notText(offset + bytes.position());
            }
            if (target != out) {
                target.flip();
                if (target.hasRemaining()) {
                    out.put(target.get());
                }
                if (target.hasRemaining()) {
                    pending = target.get();
                }
            }
            if (out.position() > off) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                flushed = true;
                if (out.position() == off) {
                    return -1;
                }
            } else {
                fill();
            }
        }
        return out.position() - off;
    }

    private void asciiInto(CharBuffer out) {
        byte[] a = bytes.array();
        char[] to = out.array(); // a wrapped array (see read)
        int p = bytes.position();
        int q = out.arrayOffset() + out.position();
        int end = p + Math.min(bytes.limit() - p, out.remaining());
        while (p < end && a[p] >= 0) {
            to[q++] = (char) a[p++];
        }
        out.position(q - out.arrayOffset());
        bytes.position(p);
    }

    /** At the first non-ASCII byte: UTF-8 when the bytes from here (up to a chunk) are valid UTF-8, else GB18030. */
    private void decide() throws IOException {
        while (!eof && bytes.remaining() < CHUNK) {
            fill();
        }
        CharsetDecoder probe = strict(StandardCharsets.UTF_8);
        CoderResult r = probe.decode(bytes.duplicate(), CharBuffer.allocate(bytes.remaining()), eof);
        if (r.isError()) {
            choose(GB18030, Encoding.GB18030);
        } else {
            choose(StandardCharsets.UTF_8, Encoding.UTF_8);
        }
    }

    private void choose(Charset charset, Encoding found) {
        decoder = strict(charset);
        encoding = found;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Keeps the unread bytes and reads more after them. */
    private void fill() throws IOException {
        offset += bytes.position();
        bytes.compact();
        if (bytes.hasRemaining()) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
    }

    static UnreadableInput notText(long byteOffset) {
        return new UnreadableInput("0:0", "at byte " + byteOffset + ": " + NOT_TEXT);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
