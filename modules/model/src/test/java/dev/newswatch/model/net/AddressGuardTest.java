package dev.newswatch.model.net;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.model.net.AddressGuard.BlockedAddressException;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

  /** Resolves every name to the address literal in its first label ("10-0-0-1.test" → 10.0.0.1). */
  private static InetAddress[] fakeDns(String host) throws java.net.UnknownHostException {
    if (host.endsWith(".test")) {
      return new InetAddress[] {InetAddress.getByName(host.substring(0, host.indexOf('.')).replace('-', '.'))};
    }
    return InetAddress.getAllByName(host);
  }

  private final AddressGuard guard = new AddressGuard(false, List.of(), AddressGuardTest::fakeDns);

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1/feed", "http://localhost:8080/", "http://10-0-0-1.test/", "http://192-168-1-20.test/",
      "http://172-16-5-5.test/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
      "http://[fd00::1]/", "http://[::ffff:127.0.0.1]/", "http://100-64-0-1.test/", "http://0.0.0.0/",
      "http://224-0-0-1.test/"})
  void refusesNonPublicAddresses(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url))).isInstanceOf(BlockedAddressException.class)
        .hasMessageContaining("address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///etc/passwd", "ftp://93.184.215.14/x", "gopher://x.example/"})
  void refusesOtherSchemes(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url))).hasMessageContaining("scheme");
  }

  @Test
  void allowsPublicAddresses() {
    assertThatCode(() -> guard.check(URI.create("https://93-184-215-14.test/news/rss"))).doesNotThrowAnyException();
  }

  @Test
  void allowsConfiguredHostAndPortOnly() {
    AddressGuard allowing = new AddressGuard(false, List.of("127.0.0.1:8088"), AddressGuardTest::fakeDns);
    assertThatCode(() -> allowing.check(URI.create("http://127.0.0.1:8088/feed"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> allowing.check(URI.create("http://127.0.0.1:9090/"))).isInstanceOf(BlockedAddressException.class);
  }

  @Test
  void allowsEverythingWhenPrivateNetworksAllowed() {
    AddressGuard open = new AddressGuard(true, List.of(), AddressGuardTest::fakeDns);
    assertThatCode(() -> open.check(URI.create("http://10-1-2-3.test/"))).doesNotThrowAnyException();
  }

  @Test
  void reportsAnUnresolvableHostAsDnsFailureNotAsPolicy() {
    AddressGuard nothingResolves = new AddressGuard(false, List.of(), host -> {
      throw new java.net.UnknownHostException(host);
    });
    assertThatThrownBy(() -> nothingResolves.check(URI.create("https://gone.example/feed")))
        .isInstanceOf(java.net.UnknownHostException.class).hasMessageContaining("gone.example does not resolve");
  }

  @Test
  void refusesUserInfo() {
    assertThatThrownBy(() -> guard.check(URI.create("https://user:pw@93-184-215-14.test/"))).hasMessageContaining("user info");
  }
}
