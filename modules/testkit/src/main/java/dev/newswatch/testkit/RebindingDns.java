package dev.newswatch.testkit;

import dev.newswatch.model.net.AddressGuard;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile name server for DNS-rebinding tests: the first lookup of one name answers an address the
 * guard allows, every later lookup an address it refuses (127.0.0.1), as a rebinding attacker's DNS
 * does with a short TTL. Other names and address literals resolve as usual.
 *
 * <p>Tests may reach no address off this machine, so the allowed address is {@link #PUBLIC_STAND_IN},
 * 127.0.0.2, which {@link #policy()} counts as public while refusing every other non-public address as
 * the product does. A server bound to 127.0.0.2 then stands for the public server the name first named.
 */
public final class RebindingDns implements AddressGuard.Resolver {

  /** The loopback address that {@link #policy()} treats as a public one. */
  public static final InetAddress PUBLIC_STAND_IN = address(new byte[] {127, 0, 0, 2});
  /** Where the name points after its first answer. */
  public static final InetAddress LOOPBACK = address(new byte[] {127, 0, 0, 1});

  private final String name;
  private final InetAddress first;
  private final InetAddress later;
  private final AtomicInteger lookups = new AtomicInteger();

  /** {@code name} answers {@link #PUBLIC_STAND_IN} once, then {@link #LOOPBACK}. */
  public RebindingDns(String name) {
    this(name, PUBLIC_STAND_IN, LOOPBACK);
  }

  public RebindingDns(String name, InetAddress first, InetAddress later) {
    this.name = name.toLowerCase(Locale.ROOT);
    this.first = first;
    this.later = later;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    if (host.toLowerCase(Locale.ROOT).equals(name)) {
      return new InetAddress[] {lookups.getAndIncrement() == 0 ? first : later};
    }
    return InetAddress.getAllByName(host);
  }

  /** How often the rebinding name was looked up. */
  public int lookups() {
    return lookups.get();
  }

  /** The product's policy, except that {@link #PUBLIC_STAND_IN} counts as public. */
  public static AddressGuard.AddressPolicy policy() {
    return address -> address.equals(PUBLIC_STAND_IN) ? null : AddressGuard.PUBLIC_ONLY.refusal(address);
  }

  /** A guard that allows only public addresses (and the stand-in), resolving through this DNS. */
  public AddressGuard guard() {
    return new AddressGuard(false, List.of(), this, policy());
  }

  private static InetAddress address(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
