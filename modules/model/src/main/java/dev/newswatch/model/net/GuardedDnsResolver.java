package dev.newswatch.model.net;

import dev.newswatch.model.net.AddressGuard.BlockedAddressException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only DNS of the outbound HTTP clients: each lookup resolves the name once through the
 * {@link AddressGuard}, which checks every address, and returns exactly those addresses, so the client
 * connects to an address that was checked. A second answer from DNS (rebinding to 127.0.0.1 or the
 * metadata address) is never asked for. A refusal surfaces as a {@link RefusedAddressException}.
 */
public final class GuardedDnsResolver implements DnsResolver {

  /**
   * The guard refused every address of a host, or one of them. An {@link UnknownHostException} because
   * that is what a DNS resolver may throw; {@link #refusal()} holds the guard's reason.
   */
  public static final class RefusedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    RefusedAddressException(BlockedAddressException cause) {
      super(cause.getMessage());
      initCause(cause);
    }

    /** The guard's refusal, whose message says which address and why. */
    public BlockedAddressException refusal() {
      return (BlockedAddressException) getCause();
    }
  }

  private final AddressGuard guard;

  public GuardedDnsResolver(AddressGuard guard) {
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    return checked(host, -1);
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    InetAddress[] addresses = checked(host, port);
    List<InetSocketAddress> endpoints = new ArrayList<>(addresses.length);
    for (InetAddress address : addresses) {
      endpoints.add(new InetSocketAddress(address, port));
    }
    return endpoints;
  }

  /** No reverse or canonical-name lookup: the name stays as given (it is used for no connection). */
  @Override
  public String resolveCanonicalHostname(String host) {
    return host;
  }

  private InetAddress[] checked(String host, int port) throws UnknownHostException {
    try {
      return guard.addressesFor(host, port);
    } catch (BlockedAddressException e) {
      throw new RefusedAddressException(e);
    }
  }

  /** The guard's refusal somewhere in the causes of {@code failure}, or null when it holds none. */
  public static BlockedAddressException refusalIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof RefusedAddressException refused) {
        return refused.refusal();
      }
      if (t instanceof BlockedAddressException blocked) {
        return blocked;
      }
    }
    return null;
  }
}
