package dev.newswatch.model.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.model.net.GuardedDnsResolver.RefusedAddressException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GuardedDnsResolverTest {

  private final List<String> lookups = new ArrayList<>();

  /** A DNS with fixed answers that records each lookup. */
  private AddressGuard.Resolver dns(Map<String, List<String>> answers) {
    return host -> {
      lookups.add(host);
      List<String> addresses = answers.get(host);
      if (addresses == null) {
        throw new UnknownHostException(host);
      }
      InetAddress[] result = new InetAddress[addresses.size()];
      for (int i = 0; i < result.length; i++) {
        result[i] = InetAddress.getByName(addresses.get(i));
      }
      return result;
    };
  }

  @Test
  void returnsExactlyTheAddressesItCheckedFromOneLookup() throws Exception {
    GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressGuard(false, List.of(),
        dns(Map.of("news.example", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c")))));

    List<InetSocketAddress> endpoints = resolver.resolve("news.example", 443);

    assertThat(endpoints).extracting(a -> a.getAddress().getHostAddress())
        .containsExactly("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
    assertThat(endpoints).extracting(InetSocketAddress::getPort).containsOnly(443);
    assertThat(lookups).containsExactly("news.example");
  }

  @Test
  void refusesANameWithAnyNonPublicAnswerAndSaysWhy() {
    GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressGuard(false, List.of(),
        dns(Map.of("mixed.example", List.of("93.184.215.14", "169.254.169.254")))));

    assertThatThrownBy(() -> resolver.resolve("mixed.example", 80))
        .isInstanceOfSatisfying(RefusedAddressException.class, e -> {
          assertThat(e.refusal()).hasMessageContaining("link-local (metadata) address 169.254.169.254");
          assertThat(GuardedDnsResolver.refusalIn(new java.io.IOException(e))).isSameAs(e.refusal());
        });
  }

  @Test
  void reportsAMissingNameAsUnknownHostNotAsARefusal() {
    GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressGuard(false, List.of(), dns(Map.of())));

    assertThatThrownBy(() -> resolver.resolve("gone.example", 80))
        .isInstanceOf(UnknownHostException.class).isNotInstanceOf(RefusedAddressException.class)
        .hasMessageContaining("gone.example does not resolve");
  }

  @Test
  void letsAnAllowedHostAndPortThroughWhateverItResolvesTo() throws Exception {
    GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressGuard(false, List.of("feeds.internal:8080"),
        dns(Map.of("feeds.internal", List.of("10.1.2.3")))));

    assertThat(resolver.resolve("feeds.internal", 8080)).extracting(a -> a.getAddress().getHostAddress())
        .containsExactly("10.1.2.3");
    assertThatThrownBy(() -> resolver.resolve("feeds.internal", 9090)).isInstanceOf(RefusedAddressException.class);
  }

  @Test
  void matchesAnIpv6LiteralOfTheAllowListWithOrWithoutBrackets() throws Exception {
    GuardedDnsResolver resolver = new GuardedDnsResolver(new AddressGuard(false, List.of("[::1]:8080"),
        InetAddress::getAllByName));

    assertThat(resolver.resolve("::1", 8080)).hasSize(1);
    assertThat(resolver.resolve("[::1]", 8080)).hasSize(1);
    assertThatThrownBy(() -> resolver.resolve("::1", 80)).isInstanceOf(RefusedAddressException.class);
  }
}
