package dev.newswatch.ingest.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of an HTML byte stream the way browsers do, in this order: byte order mark, the HTTP
 * {@code Content-Type} charset, a {@code <meta charset>} or {@code http-equiv} declaration in the first bytes,
 * then UTF-8.
 */
final class CharsetSniffer {

  private static final int META_SCAN_BYTES = 4096;
  private static final Pattern CHARSET_PARAM =
      Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_TAG = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  private CharsetSniffer() {
  }

  /** The decoded text, without any byte order mark. */
  static String decode(byte[] bytes, String contentType) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Charset charset = charsetOf(contentType);
    if (charset == null) {
      charset = declaredInMeta(bytes);
      // Pages re-saved by editors and crawlers often keep a stale legacy <meta charset>. Multi-byte UTF-8 that
      // decodes without a single error is almost never legacy text by accident, so it wins over <meta>.
      if (charset != null && !charset.equals(StandardCharsets.UTF_8) && isMultiByteUtf8(bytes)) {
        charset = StandardCharsets.UTF_8;
      }
    }
    return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
  }

  static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET_PARAM.matcher(contentType);
    return m.find() ? lookup(m.group(1)) : null;
  }

  private static Charset declaredInMeta(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher tags = META_TAG.matcher(head);
    while (tags.find()) {
      Charset found = charsetOf(tags.group());
      if (found != null) {
        // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16 (HTML spec: treat as UTF-8).
        return found.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : found;
      }
    }
    return null;
  }

  private static boolean isMultiByteUtf8(byte[] bytes) {
    boolean multiByte = false;
    for (byte b : bytes) {
      if (b < 0) {
        multiByte = true;
        break;
      }
    }
    if (!multiByte) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset lookup(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    // Browsers read these labels as windows-1252, a superset that maps the C1 range to printable characters.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.isSupported(n) ? Charset.forName(n) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
