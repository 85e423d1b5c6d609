package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.config.Attribute;
import feign.Client;
import feign.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the authentication method from a resolved {@link Config}: each {@link CredentialsProvider} in turn, the
 * first whose attributes are all present wins. Nothing configured is a {@link ConfigException} that lists what was
 * tried and what each method was missing.
 */
public final class CredentialChooser {
  /** The methods, in the order they are tried. */
  public static final List<CredentialsProvider> DEFAULT_ORDER = List.of(new PatCredentials(),
      new AzureAdTokenCredentials(), new AzureClientSecretCredentials(), new OAuthM2mCredentials());

  private CredentialChooser() {}

  public static TokenSource choose(Config config, Client transport, Request.Options options, boolean account) {
    CredentialsProvider.Context context = new CredentialsProvider.Context(transport, options, account);
    List<String> tried = new ArrayList<>();
    for (CredentialsProvider provider : DEFAULT_ORDER) {
      Optional<TokenSource> tokens = provider.configure(config, context);
      if (tokens.isPresent()) {
        return tokens.get();
      }
      tried.add(provider.describe(config));
    }
    throw new ConfigException("no credentials for " + config.host() + ". Tried, in order:\n  - "
        + String.join("\n  - ", tried)
        + "\nSet one of them with the builder, the environment, or a profile of ~/.databrickscfg.");
  }

  /** {@code "; missing X, Y"} for the attributes the configuration lacks (by their environment variables). */
  static String missing(Config config, Attribute... attributes) {
    List<String> names = new ArrayList<>();
    for (Attribute a : attributes) {
      if (config.get(a) == null) {
        names.add(a.environmentVariable());
      }
    }
    return names.isEmpty() ? "" : "; missing " + String.join(", ", names);
  }
}
