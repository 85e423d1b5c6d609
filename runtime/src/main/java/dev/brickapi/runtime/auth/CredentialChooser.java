package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.CredentialsUnavailableException;
import dev.brickapi.runtime.config.Attribute;
import feign.Client;
import feign.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the authentication method from a resolved {@link Config}. When {@code auth_type} names one (builder
 * {@code authType()}, {@code DATABRICKS_AUTH_TYPE}, profile key {@code auth_type}), only that one is used, and what
 * keeps it from working is the error. Otherwise each {@link CredentialsProvider} of {@link #DEFAULT_ORDER} in turn:
 * the first whose attributes are present and that works here wins; one whose tool is missing or not logged in is
 * passed over. Nothing: a {@link ConfigException} that lists what was tried and what each method lacked.
 */
public final class CredentialChooser {
  private static final Logger LOG = LoggerFactory.getLogger(CredentialChooser.class);

  /**
   * The methods, in the order they are tried: the official tools' (the Go SDK's, which the Databricks CLI and
   * Terraform use), with {@code azure-ad-token}, a token given as such, next to {@code pat}. {@code external-browser}
   * is only used when {@code auth_type} names it.
   */
  public static final List<CredentialsProvider> DEFAULT_ORDER = List.of(new PatCredentials(),
      new AzureAdTokenCredentials(), new BasicCredentials(), new OAuthM2mCredentials(), new DatabricksCliCredentials(),
      new GithubOidcCredentials(), new AzureMsiCredentials(), new AzureClientSecretCredentials(),
      new AzureCliCredentials(), new ExternalBrowserCredentials());

  /** {@code auth_type} values of the official tools that brickapi does not implement. */
  static final Set<String> NOT_IMPLEMENTED = Set.of("metadata-service", "github-oidc-azure", "azure-devops-oidc",
      "env-oidc", "file-oidc", "google-id", "google-credentials", "runtime");

  private CredentialChooser() {}

  public static TokenSource choose(Config config, Client transport, Request.Options options, boolean account) {
    return choose(config, new CredentialsProvider.Context(transport, options, account), DEFAULT_ORDER);
  }

  /** The token source of the method {@code auth_type} names, else of the first of {@code order} that works. */
  public static TokenSource choose(Config config, CredentialsProvider.Context context,
      List<CredentialsProvider> order) {
    String named = config.get(Attribute.AUTH_TYPE);
    if (named != null) {
      return chooseNamed(config, context.named(true), order, named);
    }
    List<String> tried = new ArrayList<>();
    for (CredentialsProvider provider : order) {
      try {
        Optional<TokenSource> tokens = provider.configure(config, context.named(false));
        if (tokens.isPresent()) {
          LOG.debug("authenticating with {}", provider.authType());
          return tokens.get();
        }
        tried.add(provider.describe(config));
      } catch (CredentialsUnavailableException e) {
        LOG.debug("{} passed over: {}", provider.authType(), e.getMessage());
        tried.add(e.getMessage());
      }
    }
    throw new ConfigException("no credentials for " + config.host() + ". Tried, in order:\n  - "
        + String.join("\n  - ", tried)
        + "\nSet one of them with the builder, the environment, or a profile of ~/.databrickscfg, or name one with "
        + "auth_type (DATABRICKS_AUTH_TYPE).");
  }

  private static TokenSource chooseNamed(Config config, CredentialsProvider.Context context,
      List<CredentialsProvider> order, String named) {
    String source = config.sourceOf(Attribute.AUTH_TYPE);
    for (CredentialsProvider provider : order) {
      if (provider.authType().equals(named)) {
        Optional<TokenSource> tokens = provider.configure(config, context);
        if (!tokens.isPresent()) {
          throw new ConfigException("auth_type " + named + " (" + source + ") cannot be used: " + provider.describe(config)
              + ". Set what it needs, or name another auth_type, or remove auth_type to let brickapi choose.");
        }
        LOG.debug("authenticating with {} ({} from {})", named, Attribute.AUTH_TYPE.profileKey(), source);
        return tokens.get();
      }
    }
    String known = order.stream().map(CredentialsProvider::authType).collect(Collectors.joining(", "));
    throw new ConfigException("auth_type " + named + " (" + source + ") is "
        + (NOT_IMPLEMENTED.contains(named) ? "a method of the official tools that brickapi does not implement"
        : "not an authentication method") + "; use one of " + known + ", or remove auth_type to let brickapi choose");
  }

  /** {@code "; missing X, Y"} for the attributes the configuration lacks (by their environment variables). */
  static String missing(Config config, Attribute... attributes) {
    List<String> names = new ArrayList<>();
    for (Attribute a : attributes) {
      boolean absent = a == Attribute.HOST ? config.host() == null : config.get(a) == null;
      if (absent) {
        names.add(a.displayName());
      }
    }
    return names.isEmpty() ? "" : "; missing " + String.join(", ", names);
  }
}
