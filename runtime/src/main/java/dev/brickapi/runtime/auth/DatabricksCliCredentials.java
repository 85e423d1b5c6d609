package dev.brickapi.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.CredentialsUnavailableException;
import dev.brickapi.runtime.config.Attribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Databricks CLI's OAuth login ({@code databricks auth login}, which writes {@code auth_type = databricks-cli}
 * into the profile): each token comes from {@code databricks auth token --host HOST} (with {@code --account-id} for
 * the Account API), which prints {@code access_token} and {@code expiry} as JSON and refreshes the login itself. The
 * executable is {@code databricks_cli_path} ({@code DATABRICKS_CLI_PATH}) or {@code databricks} on the PATH.
 *
 * <p>Tried whenever a host is configured: the first token is asked for at once, so a CLI that is missing or not
 * logged in for the host passes the turn to the next method (or, named by {@code auth_type}, is the error).
 */
public final class DatabricksCliCredentials implements CredentialsProvider {
  static final String INSTALL = "install the Databricks CLI (https://docs.databricks.com/dev-tools/cli/install.html) "
      + "or set databricks_cli_path (DATABRICKS_CLI_PATH) to it";

  @Override
  public String authType() {
    return "databricks-cli";
  }

  @Override
  public String describe(Config config) {
    return "Databricks CLI login (databricks auth login --host " + (config.host() == null ? "HOST" : config.host())
        + "; auth_type = databricks-cli" + CredentialChooser.missing(config, Attribute.HOST) + ")";
  }

  @Override
  public Optional<TokenSource> configure(Config config, Context context) {
    if (config.host() == null) {
      return Optional.empty();
    }
    String executable = config.get(Attribute.DATABRICKS_CLI_PATH);
    CliCommand command = new CliCommand(authType(), executable == null ? "databricks" : executable, INSTALL, config);
    List<String> arguments = new ArrayList<>(List.of("auth", "token", "--host", config.host()));
    String login = "databricks auth login --host " + config.host();
    if (context.account()) {
      arguments.add("--account-id");
      arguments.add(config.accountId());
      login += " --account-id " + config.accountId();
    }
    String fix = "log in with `" + login + "`";
    RefreshingTokenSource tokens = new RefreshingTokenSource(authType(),
        previous -> token(command, arguments, fix), context.clock());
    tokens.token(); // a CLI that is missing or not logged in is known now, not at the first call
    return Optional.of(tokens);
  }

  private Token token(CliCommand command, List<String> arguments, String fix) {
    JsonNode json;
    try {
      json = command.run(arguments, fix);
    } catch (CredentialsUnavailableException e) {
      if (e.getMessage().contains("No such command 'auth'") || e.getMessage().contains("no such command")) {
        throw new CredentialsUnavailableException(authType() + ": the `databricks` found is the legacy Python CLI, "
            + "which has no `auth token`; " + INSTALL);
      }
      throw e;
    }
    JsonNode token = json.get("access_token");
    if (token == null || !token.isTextual() || token.asText().isEmpty()) {
      throw new ConfigException(authType() + ": `databricks auth token` printed no access_token; update the "
          + "Databricks CLI, or " + fix);
    }
    return new Token(token.asText(), TokenExpiry.rfc3339(json.get("expiry")));
  }
}
