package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.Config;
import feign.Client;
import feign.Request;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One authentication method: which configuration attributes it needs and, when they are all there, the
 * {@link TokenSource} that authenticates every request. {@link CredentialChooser} asks the one {@code auth_type}
 * names, or each method in turn.
 *
 * <p>{@link #configure} answers empty when the method does not apply (its attributes are absent); it throws a
 * {@link dev.brickapi.runtime.CredentialsUnavailableException} when it applies but cannot work here (its tool is
 * missing, not logged in): the chooser then goes on to the next method, unless {@code auth_type} named this one.
 * Any other exception ends the choice.
 */
public interface CredentialsProvider {

  /** The method's name as the official tools spell it ({@code pat}, {@code azure-client-secret}, ...). */
  String authType();

  /** What it needs, for the message that lists what was tried: e.g. {@code personal access token (DATABRICKS_TOKEN)}. */
  String describe(Config config);

  /** The token source when the configuration has everything this method needs, else empty. */
  Optional<TokenSource> configure(Config config, Context context);

  /**
   * What a provider may use to fetch tokens: the transport and its timeouts, which API the client calls, whether
   * {@code auth_type} named the method, and the clock tokens expire by.
   */
  final class Context {
    private final Client transport;
    private final Request.Options options;
    private final boolean account;
    private final boolean named;
    private final LongSupplier clockMillis;

    public Context(Client transport, Request.Options options, boolean account) {
      this(transport, options, account, false, System::currentTimeMillis);
    }

    private Context(Client transport, Request.Options options, boolean account, boolean named,
        LongSupplier clockMillis) {
      this.transport = transport;
      this.options = options;
      this.account = account;
      this.named = named;
      this.clockMillis = Objects.requireNonNull(clockMillis, "clockMillis");
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

    /**
     * True when {@code auth_type} names this method: it then applies on any host, and a method that is tried only
     * on request ({@code external-browser}) is tried.
     */
    public boolean named() {
      return named;
    }

    /** The clock of token expiry, in milliseconds since the epoch. */
    public LongSupplier clock() {
      return clockMillis;
    }

    /** This context for the method {@code auth_type} names. */
    public Context named(boolean named) {
      return new Context(transport, options, account, named, clockMillis);
    }

    /** This context with another clock (tests of expiry). */
    public Context withClock(LongSupplier clockMillis) {
      return new Context(transport, options, account, named, clockMillis);
    }
  }
}
