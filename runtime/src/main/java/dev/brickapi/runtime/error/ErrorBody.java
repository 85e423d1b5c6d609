package dev.brickapi.runtime.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error code and message of an error response, whatever its shape: the standard
 * {@code {"error_code","message","details"}}, API 1.2's {@code {"error": ...}}, OAuth's
 * {@code {"error","error_description"}}, SCIM's {@code {"detail","scimType","status"}}, and bodies that are
 * not the API's JSON at all (HTML pages of proxies, truncated JSON, empty bodies) as a short excerpt.
 */
public final class ErrorBody {
  static final int EXCERPT = 200;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final String errorCode;
  private final String message;

  private ErrorBody(String errorCode, String message) {
    this.errorCode = errorCode;
    this.message = message;
  }

  public String errorCode() {
    return errorCode;
  }

  public String message() {
    return message;
  }

  public static ErrorBody parse(byte[] body, String contentType, String reason) {
    if (body == null || body.length == 0) {
      return new ErrorBody(null, "empty response body" + (reason == null || reason.isEmpty() ? "" : " (" + reason + ")"));
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String trimmed = text.trim();
    boolean html = (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html"))
        || trimmed.regionMatches(true, 0, "<!doctype html", 0, 14) || trimmed.regionMatches(true, 0, "<html", 0, 5);
    if (html) {
      Matcher title = TITLE.matcher(text);
      String name = title.find() ? collapse(title.group(1)) : "";
      String visible = collapse(text.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " "));
      return new ErrorBody(null, "HTML page instead of JSON (from a proxy or gateway?)"
          + (name.isEmpty() ? "" : ": " + name) + ": " + excerpt(visible));
    }
    if (trimmed.startsWith("{")) {
      try {
        JsonNode json = JSON.readTree(trimmed);
        ErrorBody parsed = fromJson(json);
        if (parsed != null) {
          return parsed;
        }
      } catch (IOException e) {
        return new ErrorBody(null, "malformed JSON body: " + excerpt(collapse(trimmed)));
      }
    }
    return new ErrorBody(null, "unexpected body: " + excerpt(collapse(trimmed)));
  }

  private static ErrorBody fromJson(JsonNode json) {
    if (json.hasNonNull("error_code") || json.hasNonNull("message")) {
      String message = json.path("message").asText(null);
      JsonNode details = json.path("details");
      if (details.isArray() && details.size() > 0 && details.get(0).hasNonNull("reason")) {
        message = (message == null ? "" : message + " ") + "(" + details.get(0).get("reason").asText() + ")";
      }
      return new ErrorBody(json.path("error_code").asText(null), message);
    }
    if (json.hasNonNull("detail") || json.hasNonNull("scimType")) {
      return new ErrorBody(json.path("scimType").asText(null), json.path("detail").asText(null));
    }
    JsonNode error = json.path("error");
    if (error.isTextual()) {
      return json.hasNonNull("error_description")
          ? new ErrorBody(error.asText(), json.get("error_description").asText())
          : new ErrorBody(null, error.asText());
    }
    if (error.isObject()) {
      return new ErrorBody(error.path("code").asText(null), error.path("message").asText(null));
    }
    return null;
  }

  static String collapse(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  static String excerpt(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "... (" + text.length() + " chars)";
  }
}
