package dev.newswatch.alerts.subscriptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@link OwnerAuth} from configured tokens: one per owner ({@code alerts.apiTokens}: owner → token) and
 * the admin token ({@code http.adminToken}). Tokens are compared in constant time, and every configured
 * token is compared on each call, so the time taken tells nothing about which one nearly matched.
 */
public final class TokenOwnerAuth implements OwnerAuth {

  /** The owner name the admin acts as when it creates a subscription without naming an owner. */
  public static final String ADMIN_OWNER = "admin";
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
  private static final int MIN_TOKEN = 16;

  private final Map<String, byte[]> tokens;
  private final Predicate<String> adminHeader;

  /**
   * @param ownerTokens owner name → bearer token (each at least 16 characters, all distinct)
   * @param adminToken  the admin token, or null for none
   * @throws IllegalArgumentException naming the owner (never the token) when one is invalid
   */
  public TokenOwnerAuth(Map<String, String> ownerTokens, String adminToken) {
    this(ownerTokens, adminToken == null || adminToken.isBlank() ? header -> false : constantTime(adminToken.strip()));
  }

  /**
   * @param ownerTokens owner name → bearer token (each at least 16 characters, all distinct)
   * @param adminHeader true for an {@code Authorization} header value that carries the admin token (the
   *                    app's own check of {@code http.adminToken}, which may have been generated at start)
   */
  public TokenOwnerAuth(Map<String, String> ownerTokens, Predicate<String> adminHeader) {
    this.adminHeader = adminHeader;
    Map<String, byte[]> copy = new LinkedHashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    ownerTokens.forEach((owner, token) -> {
      if (owner == null || !OWNER.matcher(owner).matches()) {
        throw new IllegalArgumentException("alerts.apiTokens: owner names are 1-100 letters, digits, '.', '_', '@', '-'");
      }
      if (owner.equals(ADMIN_OWNER) || owner.equals(dev.newswatch.model.Subscription.OWNER_CONFIG)) {
        throw new IllegalArgumentException("alerts.apiTokens: owner name '" + owner + "' is reserved");
      }
      if (token == null || token.strip().length() < MIN_TOKEN) {
        throw new IllegalArgumentException("alerts.apiTokens." + owner + " must be at least " + MIN_TOKEN + " characters");
      }
      if (!seen.add(token.strip()) || adminHeader.test("Bearer " + token.strip())) {
        throw new IllegalArgumentException("alerts.apiTokens." + owner + " is the same as another token");
      }
      copy.put(owner, token.strip().getBytes(StandardCharsets.UTF_8));
    });
    this.tokens = Map.copyOf(copy);
  }

  private static Predicate<String> constantTime(String token) {
    byte[] expected = token.getBytes(StandardCharsets.UTF_8);
    return header -> header != null && header.startsWith("Bearer ")
        && MessageDigest.isEqual(header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8), expected);
  }

  @Override
  public Optional<Caller> authenticate(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
      return Optional.empty();
    }
    byte[] given = authorizationHeader.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    Caller found = null;
    if (adminHeader.test(authorizationHeader)) {
      found = new Caller(ADMIN_OWNER, true);
    }
    for (Map.Entry<String, byte[]> e : tokens.entrySet()) {
      if (MessageDigest.isEqual(given, e.getValue()) && found == null) {
        found = new Caller(e.getKey(), false);
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public String toString() {
    return "TokenOwnerAuth[owners=" + tokens.keySet() + ", admin=***]";
  }
}
