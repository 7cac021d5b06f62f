package dev.newswatch.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * An HTTP/1.1 server on 127.0.0.1, written on plain sockets so that a test can make a response break the
 * way real servers and networks do: a body cut short after some bytes with the connection closed (FIN)
 * or reset (RST), shorter than its Content-Length or its chunked coding, a gzip stream cut in the
 * middle, and bodies far larger than anything a client should read (streamed from a generator, never
 * held in memory). Every answer closes its connection. Paths not set answer 404.
 */
public final class FaultyHttpServer implements AutoCloseable {

  /** How the connection ends after the body bytes the response sends. */
  public enum Ending {
    /** The body is complete (chunked: the last chunk is sent), then the connection is closed. */
    COMPLETE,
    /** The connection is closed (FIN) without more. */
    CLOSE,
    /** The connection is reset (RST): SO_LINGER 0, then close. */
    RESET
  }

  /** How the body's length is told: Content-Length, chunked coding, or only by closing the connection. */
  public enum Framing { CONTENT_LENGTH, CHUNKED, CLOSE_DELIMITED }

  /**
   * One response.
   *
   * @param status      the HTTP status
   * @param headers     the headers besides the framing ones (Content-Length, Transfer-Encoding, Connection)
   * @param body        a fresh stream of the whole body, as sent (already encoded), per request
   * @param length      the body's full length (what Content-Length says)
   * @param framing     how the length is told
   * @param sendBytes   how many body bytes are sent at most before {@code ending}
   * @param ending      how the connection ends
   */
  public record Response(int status, Map<String, String> headers, Supplier<InputStream> body, long length,
      Framing framing, long sendBytes, Ending ending) {

    public Response {
      headers = Map.copyOf(headers);
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(framing, "framing");
      Objects.requireNonNull(ending, "ending");
    }

    /** A complete 200 with the body and its Content-Length. */
    public static Response of(byte[] body, String contentType) {
      byte[] copy = body.clone();
      return new Response(200, Map.of("Content-Type", contentType), () -> new ByteArrayInputStream(copy),
          copy.length, Framing.CONTENT_LENGTH, Long.MAX_VALUE, Ending.COMPLETE);
    }

    /** A complete 200 with a UTF-8 text body. */
    public static Response of(String body, String contentType) {
      return of(body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /**
     * A 200 whose body is streamed from {@code body} (a new stream per request) and is {@code length}
     * bytes long; chunked, so no length is promised up front.
     */
    public static Response streamed(Supplier<InputStream> body, long length, String contentType) {
      return new Response(200, Map.of("Content-Type", contentType), body, length, Framing.CHUNKED,
          Long.MAX_VALUE, Ending.COMPLETE);
    }

    /** This response with its body gzip-encoded and {@code Content-Encoding: gzip} (bodies held in memory). */
    public Response gzipped() {
      byte[] encoded = gzip(readAll(body.get()));
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put("Content-Encoding", "gzip");
      return new Response(status, h, () -> new ByteArrayInputStream(encoded), encoded.length, framing, sendBytes,
          ending);
    }

    /** This response with an extra header. */
    public Response header(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Response(status, h, body, length, framing, sendBytes, ending);
    }

    /** This response, framed as given. */
    public Response framed(Framing newFraming) {
      return new Response(status, headers, body, length, newFraming, sendBytes, ending);
    }

    /** This response, broken off after {@code bytes} bytes of its (encoded) body, ending as given. */
    public Response cutAfter(long bytes, Ending newEnding) {
      return new Response(status, headers, body, length, framing, bytes, newEnding);
    }
  }

  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
  private final Thread acceptor;
  private final Map<String, Response> responses = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> bodyBytesSent = new ConcurrentHashMap<>();
  private volatile boolean closed;

  public FaultyHttpServer() {
    try {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    acceptor = Thread.ofPlatform().daemon().name("faulty-http-accept").start(this::accept);
  }

  /** Answers requests for {@code path} (for example "/feed.xml") with {@code response}. */
  public FaultyHttpServer serve(String path, Response response) {
    responses.put(path, Objects.requireNonNull(response, "response"));
    return this;
  }

  /** The absolute URL of a path on this server. */
  public String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  /** Requests received for a path. */
  public int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  /** Body bytes written to the sockets of a path's answers, over all requests (the peer may not have read them all). */
  public long bodyBytesSent(String path) {
    return bodyBytesSent.getOrDefault(path, new AtomicLong()).get();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket connection = socket.accept();
        connections.execute(() -> answer(connection));
      } catch (IOException e) {
        if (!closed) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void answer(Socket connection) {
    boolean reset = false;
    try (connection) {
      connection.setSoTimeout(10_000);
      String path = requestPath(connection.getInputStream());
      if (path == null) {
        return;
      }
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      AtomicLong sent = bodyBytesSent.computeIfAbsent(path, p -> new AtomicLong());
      Response response = responses.get(path);
      OutputStream out = connection.getOutputStream();
      if (response == null) {
        out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return;
      }
      StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(" Status\r\n");
      response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      switch (response.framing()) {
        case CONTENT_LENGTH -> head.append("Content-Length: ").append(response.length()).append("\r\n");
        case CHUNKED -> head.append("Transfer-Encoding: chunked\r\n");
        case CLOSE_DELIMITED -> { }
      }
      head.append("Connection: close\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
      boolean chunked = response.framing() == Framing.CHUNKED;
      long budget = response.sendBytes();
      try (InputStream body = response.body().get()) {
        byte[] buffer = new byte[8192];
        int n;
        while (budget > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, budget))) != -1) {
          if (chunked) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
          out.write(buffer, 0, n);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          sent.addAndGet(n);
          budget -= n;
        }
      }
      switch (response.ending()) {
        case COMPLETE -> {
          if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.flush();
          connection.shutdownOutput();
        }
        case CLOSE -> {
          out.flush();
          connection.shutdownOutput();
        }
        case RESET -> {
          out.flush();
          reset = true;
          connection.setSoLinger(true, 0);
        }
      }
      if (!reset) {
        // Let the client read to the end before the socket goes away.
        drain(connection.getInputStream());
      }
    } catch (SocketException e) {
      // the client hung up (as it should once a body passes its cap)
    } catch (IOException e) {
      // same: nothing a test asserts on
    }
  }

  /** The path of the request line; the headers are read and ignored. Null when the client sent nothing. */
  private static String requestPath(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      last4 = (last4 << 8) | b;
      if (last4 == 0x0D0A0D0A) {
        break;
      }
      if (head.size() > 64 * 1024) {
        return null;
      }
    }
    String[] requestLine = head.toString(StandardCharsets.US_ASCII).split("\r\n", 2)[0].split(" ");
    if (requestLine.length < 2) {
      return null;
    }
    String target = requestLine[1];
    int query = target.indexOf('?');
    return query < 0 ? target : target.substring(0, query);
  }

  private static void drain(InputStream in) {
    try {
      byte[] sink = new byte[1024];
      while (in.read(sink) != -1) {
        // until the client closes its side
      }
    } catch (IOException e) {
      // closed either way
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code bytes}, gzip-compressed. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A gzip bomb: concatenated gzip members of zeros (a valid gzip stream, which readers decode as one)
   * that decompress to {@code decompressedBytes}, in about a thousandth of that.
   */
  public static byte[] gzipBomb(long decompressedBytes) {
    int member = 1 << 20;
    byte[] one = gzip(new byte[member]);
    long members = Math.max(1, decompressedBytes / member);
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, members * one.length));
    for (long i = 0; i < members; i++) {
      out.write(one, 0, one.length);
    }
    return out.toByteArray();
  }

  /**
   * An RSS 2.0 document of exactly {@code totalBytes} bytes (at least 1 KiB), generated while it is read:
   * distinct items one after the other, then the closing tags. For feeds far larger than memory.
   */
  public static InputStream rss(long totalBytes) {
    if (totalBytes < 1024) {
      throw new IllegalArgumentException("at least 1 KiB");
    }
    byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Endless Examiner</title><link>https://endless.example/</link>\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "</channel></rss>\n".getBytes(StandardCharsets.UTF_8);
    String filler = "Generated text that keeps the item long enough to matter. ".repeat(4);
    return new InputStream() {
      private byte[] current = head;
      private int pos;
      private long produced;
      private long item;
      private boolean last;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (len == 0) {
          return 0;
        }
        if (pos == current.length && !next()) {
          return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        produced += n;
        return n;
      }

      private boolean next() {
        if (last) {
          return false;
        }
        item++;
        byte[] entry = ("<item><title>Generated item " + item + "</title><link>https://endless.example/items/"
            + item + "</link><guid>endless-" + item + "</guid><description>" + filler + "</description></item>\n")
            .getBytes(StandardCharsets.UTF_8);
        long remaining = totalBytes - produced;
        if (remaining <= entry.length + tail.length) {
          byte[] end = new byte[(int) remaining];
          java.util.Arrays.fill(end, 0, end.length - tail.length, (byte) ' ');
          System.arraycopy(tail, 0, end, end.length - tail.length, tail.length);
          entry = end;
          last = true;
        }
        current = entry;
        pos = 0;
        return true;
      }
    };
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // closing
    }
    connections.shutdownNow();
    try {
      acceptor.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
