package dev.brickapi.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.Config;
import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.CredentialsUnavailableException;
import dev.brickapi.runtime.http.Redactor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A command line tool that prints a token as JSON ({@code databricks auth token}, {@code az account
 * get-access-token}). Not installed, or failing ("not logged in"): a {@link CredentialsUnavailableException} that
 * names the command, its first line of complaint and the fix. Output that is no JSON object: a
 * {@link ConfigException}. What the command printed on its standard output never appears in a message, and a
 * complaint that quotes a token the command printed before, or anything like a JWT or bearer token, is masked.
 */
final class CliCommand {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]*)?");
  private static final int MAX_REASON = 300;
  private static final List<String> TOKEN_FIELDS = List.of("access_token", "accessToken", "refresh_token");

  private final String authType;
  private final String executable;
  private final String installFix;
  private final ExecutableLookup lookup;
  private final CommandRunner runner;
  private final List<String> secrets;
  private final Set<String> printed = ConcurrentHashMap.newKeySet();

  /**
   * @param authType the method, first word of every message
   * @param executable a name looked up on the PATH, or a path
   * @param installFix what to do when it is not there
   */
  CliCommand(String authType, String executable, String installFix, Config config) {
    this.authType = authType;
    this.executable = executable;
    this.installFix = installFix;
    this.lookup = new ExecutableLookup(config.environment());
    this.runner = new CommandRunner(config.environment(), config.commandTimeout());
    this.secrets = config.secrets();
  }

  /** Whether the executable is there, without running it. */
  boolean installed() {
    return lookup.find(executable).isPresent();
  }

  /**
   * Runs the command and returns the JSON object it printed.
   *
   * @param loginFix what to do when it fails, e.g. "log in with `az login`"
   */
  JsonNode run(List<String> arguments, String loginFix) {
    String shown = executable + " " + String.join(" ", arguments);
    Optional<Path> found = lookup.find(executable);
    if (!found.isPresent()) {
      boolean path = executable.contains("/") || executable.contains(java.io.File.separator);
      throw new CredentialsUnavailableException(authType + ": `" + executable + "` is not "
          + (path ? "an executable file" : "on the PATH" + (lookup.path().isEmpty() ? " (PATH is empty)" : ""))
          + "; " + installFix);
    }
    CommandRunner.Result result;
    try {
      result = runner.run(found.get(), arguments, shown);
    } catch (CredentialsUnavailableException e) {
      throw e;
    } catch (ConfigException e) {
      throw new ConfigException(authType + ": " + e.getMessage(), e.getCause());
    }
    if (result.exitCode != 0) {
      throw new CredentialsUnavailableException(authType + ": `" + shown + "` failed (exit " + result.exitCode + "): "
          + reason(result.stderr) + "; " + loginFix);
    }
    try {
      JsonNode json = JSON.readTree(result.stdout);
      if (json != null && json.isObject()) {
        for (String field : TOKEN_FIELDS) {
          if (json.path(field).isTextual()) {
            printed.add(json.path(field).asText());
          }
        }
        return json;
      }
    } catch (IOException e) {
      // said below, without the output: it may hold a token
    }
    throw new ConfigException(authType + ": `" + shown + "` printed no JSON object; run it in a terminal to see "
        + "what it prints (a newer version of the tool may be needed)");
  }

  /** The first line of the command's complaint, without anything that looks like a credential. */
  private String reason(String stderr) {
    for (String line : stderr.split("\\R")) {
      String text = line.trim();
      if (!text.isEmpty()) {
        List<String> known = new ArrayList<>(secrets);
        known.addAll(printed);
        text = new Redactor(known).redact(JWT.matcher(text).replaceAll("***"));
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
      }
    }
    return "it printed no message";
  }
}
