package dev.newswatch.model.http;

import com.sun.net.httpserver.HttpExchange;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;

/**
 * The client of a request as a rate-limit key: the peer's IPv4 address, or the /64 network of an IPv6 one
 * (a single host is commonly given a whole /64, so its addresses count as one client). The peer is the TCP
 * connection's other end; {@code X-Forwarded-For} is not trusted, so behind a reverse proxy every client
 * shares the proxy's key (have the proxy limit per client then).
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** The key of {@code exchange}'s client, {@code "unknown"} when the server does not know the peer. */
  public static String key(HttpExchange exchange) {
    InetSocketAddress remote = exchange.getRemoteAddress();
    return remote == null ? "unknown" : key(remote.getAddress());
  }

  /** The key of {@code address}. */
  public static String key(InetAddress address) {
    if (address == null) {
      return "unknown";
    }
    if (address instanceof Inet6Address v6) {
      byte[] bytes = v6.getAddress();
      HexFormat hex = HexFormat.of();
      StringBuilder net = new StringBuilder(24);
      for (int i = 0; i < 8; i += 2) {
        net.append(hex.toHexDigits(bytes[i])).append(hex.toHexDigits(bytes[i + 1])).append(':');
      }
      return net.append(":/64").toString();
    }
    return address.getHostAddress();
  }
}
