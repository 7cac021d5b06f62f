package dev.newswatch.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes the Content-Encoding of a body. Only gzip is asked for, so only gzip (and identity) is
 * accepted; the decoded size is capped as strictly as the raw size, which stops gzip bombs.
 */
final class ContentDecoder {

  private static final int CHUNK = 8192;

  private ContentDecoder() {}

  /**
   * @param encoding the Content-Encoding header, or null
   * @param body     the body as received
   * @param maxBytes largest decoded size accepted
   * @param where    the redacted URL, for messages
   */
  static byte[] decode(String encoding, byte[] body, long maxBytes, String where) throws FetchException {
    String coding = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
    if (coding.isEmpty() || coding.equals("identity")) {
      return body;
    }
    if (!coding.equals("gzip") && !coding.equals("x-gzip")) {
      throw new FetchException(FetchException.Reason.BAD_ENCODING,
          "unsupported Content-Encoding '" + printable(coding) + "' from " + where);
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body), CHUNK)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK * 4);
      byte[] chunk = new byte[CHUNK];
      long total = 0;
      int n;
      while ((n = in.read(chunk)) != -1) {
        total += n;
        if (total > maxBytes) {
          throw new FetchException(FetchException.Reason.TOO_LARGE,
              "decompressed response body exceeds " + maxBytes + " bytes from " + where);
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } catch (EOFException e) {
      // The stream stopped before its end (and its CRC): a body cut short, which a server that closes
      // the connection instead of sending a length can deliver without any HTTP-level error.
      throw new FetchException(FetchException.Reason.TRUNCATED,
          "gzip body from " + where + " ends before its end (" + body.length + " bytes received)", 0, e);
    } catch (IOException e) {
      throw new FetchException(FetchException.Reason.BAD_ENCODING,
          "invalid gzip body from " + where + ": " + e.getMessage(), 0, e);
    }
  }

  /** A header value as it may appear in a message: printable ASCII, at most 40 characters. */
  private static String printable(String value) {
    String clean = value.replaceAll("[^\\x20-\\x7E]", "?");
    return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
  }
}
