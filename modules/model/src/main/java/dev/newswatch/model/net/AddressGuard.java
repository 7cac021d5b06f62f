package dev.newswatch.model.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether newswatch may send a request to a URL taken from configuration or from a feed: the
 * guard against server-side request forgery. Feeds and webhook URLs come from users, so by default only
 * public addresses are allowed: loopback, private (RFC 1918, RFC 4193), link-local (which includes the
 * cloud metadata address 169.254.169.254), carrier-grade NAT, multicast and unspecified addresses are
 * refused, as is any scheme but http/https.
 *
 * <p>Every address the host name resolves to is checked, so a name with one public and one private
 * record is refused. {@link #addressesFor} resolves a name once and returns exactly the addresses it
 * checked; {@link GuardedDnsResolver} hands those to the HTTP client as its only DNS, so the socket of
 * every request and redirect hop connects to an address that passed the check, whatever a second DNS
 * answer would have said (DNS rebinding).
 *
 * <p>It lives in {@code model} because both {@code ingest} (feeds, pages) and {@code alerts}
 * (webhooks) need the same policy and neither may depend on the other.
 */
public final class AddressGuard {

  /** Thrown when a URL may not be requested; the message says why, without secrets. */
  public static final class BlockedAddressException extends Exception {
    private static final long serialVersionUID = 1L;

    public BlockedAddressException(String message) {
      super(message);
    }
  }

  /** Resolves host names; replaced in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /**
   * Why one address may not be connected to, or null when it may. The product uses {@link #PUBLIC_ONLY};
   * tests, which may reach no address off this machine, use one that counts a chosen loopback address as
   * public to stand for a public server.
   */
  @FunctionalInterface
  public interface AddressPolicy {
    String refusal(InetAddress address);
  }

  /** Refuses loopback, private, link-local, carrier-grade NAT, multicast, unspecified and reserved addresses. */
  public static final AddressPolicy PUBLIC_ONLY = AddressGuard::nonPublicReason;

  private final boolean allowPrivateNetworks;
  private final Set<String> allowedHosts;
  private final Resolver resolver;
  private final AddressPolicy policy;

  /**
   * @param allowPrivateNetworks when true, every address is allowed (for closed deployments)
   * @param allowedHosts         {@code host} or {@code host:port} entries allowed whatever they resolve to
   *                             (for example a feed server inside the company network)
   */
  public AddressGuard(boolean allowPrivateNetworks, List<String> allowedHosts) {
    this(allowPrivateNetworks, allowedHosts, InetAddress::getAllByName);
  }

  public AddressGuard(boolean allowPrivateNetworks, List<String> allowedHosts, Resolver resolver) {
    this(allowPrivateNetworks, allowedHosts, resolver, PUBLIC_ONLY);
  }

  public AddressGuard(boolean allowPrivateNetworks, List<String> allowedHosts, Resolver resolver,
      AddressPolicy policy) {
    this.allowPrivateNetworks = allowPrivateNetworks;
    this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** A guard that refuses every non-public address. */
  public static AddressGuard publicOnly() {
    return new AddressGuard(false, List.of());
  }

  /**
   * Checks a URL the way a request to it would be checked: its form ({@link #checkTarget}) and every
   * address its host resolves to ({@link #addressesFor}). Used where a URL is accepted (a subscription is
   * created) rather than requested; requests check the addresses they connect to.
   *
   * @throws BlockedAddressException when the scheme is not http(s), the host is missing, or it resolves
   *     to a non-public address that configuration does not allow
   * @throws UnknownHostException when the host name does not resolve: not a policy refusal but a DNS
   *     failure, which callers report (and retry) as such
   */
  public void check(URI uri) throws BlockedAddressException, UnknownHostException {
    checkTarget(uri);
    if (!allowedWhateverItResolvesTo(uri.getHost(), port(uri))) {
      addressesFor(uri.getHost(), port(uri));
    }
  }

  /**
   * Checks the form of a URL without resolving it: http or https, a host, no user info. Requests make
   * this check before each request and redirect hop; the addresses are checked when the connection is
   * opened.
   */
  public void checkTarget(URI uri) throws BlockedAddressException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new BlockedAddressException("scheme '" + scheme + "' is not allowed, only http and https");
    }
    String host = uri.getHost();
    if (host == null || host.isBlank()) {
      throw new BlockedAddressException("URL has no host");
    }
    if (uri.getUserInfo() != null) {
      throw new BlockedAddressException("URLs with user info are not allowed");
    }
  }

  /**
   * Resolves a host once and returns the addresses a connection to it may use: all of them when
   * configuration allows the host (or every network), else all of them only when every one is allowed.
   * A caller that connects only to the returned addresses connects to what was checked.
   *
   * @param host a host name or address literal (IPv6 with or without brackets)
   * @param port the port to connect to, for {@code host:port} entries of the allow-list; -1 when unknown
   * @throws BlockedAddressException when an address is not allowed
   * @throws UnknownHostException when the name does not resolve
   */
  public InetAddress[] addressesFor(String host, int port) throws BlockedAddressException, UnknownHostException {
    if (host == null || host.isBlank()) {
      throw new BlockedAddressException("URL has no host");
    }
    String bare = stripBrackets(host);
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      throw new UnknownHostException("host " + host + " does not resolve");
    }
    if (addresses == null || addresses.length == 0) {
      throw new UnknownHostException("host " + host + " does not resolve");
    }
    addresses = addresses.clone();
    if (allowedWhateverItResolvesTo(host, port)) {
      return addresses;
    }
    for (InetAddress address : addresses) {
      String why = policy.refusal(address);
      if (why != null) {
        throw new BlockedAddressException("host " + host + " resolves to " + why + " address "
            + address.getHostAddress() + "; allow it in configuration with allowPrivateNetworks or allowedHosts");
      }
    }
    return addresses;
  }

  /** Whether configuration allows every network, or this host (on this port) whatever it resolves to. */
  private boolean allowedWhateverItResolvesTo(String host, int port) {
    if (allowPrivateNetworks) {
      return true;
    }
    String bare = stripBrackets(host.toLowerCase(Locale.ROOT));
    // An IPv6 literal may be listed with or without brackets; a host:port entry needs them.
    for (String form : bare.indexOf(':') >= 0 ? List.of(bare, "[" + bare + "]") : List.of(bare)) {
      if (allowedHosts.contains(form) || (port >= 0 && allowedHosts.contains(form + ":" + port))) {
        return true;
      }
    }
    return false;
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /** Why an address is not public, or null when it is. */
  static String nonPublicReason(InetAddress address) {
    if (address instanceof Inet6Address v6) {
      byte[] b = v6.getAddress();
      InetAddress embedded = embeddedIpv4(b);
      if (embedded != null) {
        return nonPublicReason(embedded);
      }
      if ((b[0] & 0xfe) == 0xfc) {
        return "a unique-local";
      }
    }
    if (address.isLoopbackAddress()) {
      return "a loopback";
    }
    if (address.isAnyLocalAddress()) {
      return "an unspecified";
    }
    if (address.isLinkLocalAddress()) {
      return "a link-local (metadata)";
    }
    if (address.isSiteLocalAddress()) {
      return "a private";
    }
    if (address.isMulticastAddress()) {
      return "a multicast";
    }
    if (address instanceof Inet4Address v4) {
      byte[] b = v4.getAddress();
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) {
        return "a this-network";
      }
      if (first == 100 && second >= 64 && second <= 127) {
        return "a carrier-grade NAT";
      }
      if (first == 198 && (second == 18 || second == 19)) {
        return "a benchmarking";
      }
      if (first >= 240) {
        return "a reserved";
      }
    }
    return null;
  }

  /** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or IPv4-compatible IPv6 address, or null. */
  private static InetAddress embeddedIpv4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return null;
      }
    }
    boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xff) <= 1);
    if (!mapped && !compatible) {
      return null;
    }
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
