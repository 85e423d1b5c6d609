package dev.brickapi.client.core.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes secrets from text bound for logs and messages: every configured secret value wherever it
 * occurs, bearer tokens, and the values of JSON or form fields whose names say they are secret.
 */
public final class Redactor {
  private static final String HIDDEN = "***";
  private static final String SECRET_KEYS =
      "[A-Za-z_]*(?:token|secret|password|credential|private_key|string_value|bytes_value|api_key)[A-Za-z_]*";
  private static final Pattern JSON_FIELD = Pattern.compile(
      "(\"" + SECRET_KEYS + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORM_FIELD = Pattern.compile("((?:^|&)" + SECRET_KEYS + "=)[^&\\s]*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");

  private final List<String> secrets;

  public Redactor(Collection<String> secrets) {
    this.secrets = new ArrayList<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        this.secrets.add(secret);
      }
    }
  }

  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, HIDDEN);
    }
    result = JSON_FIELD.matcher(result).replaceAll("$1\"" + HIDDEN + "\"");
    result = FORM_FIELD.matcher(result).replaceAll("$1" + HIDDEN);
    return BEARER.matcher(result).replaceAll("$1 " + HIDDEN);
  }
}
