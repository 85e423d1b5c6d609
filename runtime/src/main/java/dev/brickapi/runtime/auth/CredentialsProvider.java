package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import feign.Client;
import feign.Request;
import java.util.Optional;

/**
 * One authentication method: which configuration attributes it needs and, when they are all there, the
 * {@link TokenSource} that authenticates every request. {@link CredentialChooser} asks each method in turn.
 */
public interface CredentialsProvider {

  /** The method's name as the official tools spell it ({@code pat}, {@code azure-client-secret}, ...). */
  String authType();

  /** What it needs, for the message that lists what was tried: e.g. {@code personal access token (DATABRICKS_TOKEN)}. */
  String describe(Config config);

  /** The token source when the configuration has everything this method needs, else empty. */
  Optional<TokenSource> configure(Config config, Context context);

  /** What a provider may use to fetch tokens: the transport and its timeouts, and which API the client calls. */
  final class Context {
    private final Client transport;
    private final Request.Options options;
    private final boolean account;

    public Context(Client transport, Request.Options options, boolean account) {
      this.transport = transport;
      this.options = options;
      this.account = account;
    }

    public Client transport() {
      return transport;
    }

    public Request.Options options() {
      return options;
    }

    /** True for the Account API (its OAuth endpoints differ). */
    public boolean account() {
      return account;
    }
  }
}
