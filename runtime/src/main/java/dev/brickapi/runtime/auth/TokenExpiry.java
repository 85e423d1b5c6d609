package dev.brickapi.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Reads the expiry of a token in the forms the tools print it: RFC 3339 ({@code databricks auth token}, the token
 * cache), seconds since the epoch as number or string ({@code expires_on} of {@code az} and of managed identity),
 * the Azure CLI's local time ({@code expiresOn: "2024-05-01 12:00:00.000000"}), or seconds from now
 * ({@code expires_in}). Every reader answers null for an absent or unreadable value: the token is then kept until a 401.
 */
final class TokenExpiry {
  private static final DateTimeFormatter AZURE_CLI_LOCAL = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .toFormatter();

  private TokenExpiry() {}

  /** An RFC 3339 moment; Go's zero time ({@code 0001-01-01T00:00:00Z}) means "no expiry". */
  static Instant rfc3339(JsonNode value) {
    if (value == null || !value.isTextual()) {
      return null;
    }
    try {
      Instant instant = OffsetDateTime.parse(value.asText().trim()).toInstant();
      return instant.getEpochSecond() <= 0 ? null : instant;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Seconds since the epoch, as a JSON number or a string of digits. */
  static Instant epochSeconds(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return Instant.ofEpochSecond(value.asLong());
    }
    String text = value.asText().trim();
    return text.matches("[0-9]{1,12}") ? Instant.ofEpochSecond(Long.parseLong(text)) : null;
  }

  /** The Azure CLI's {@code expiresOn}: a local time without offset, in the zone of this machine. */
  static Instant azureCliLocal(JsonNode value, ZoneId zone) {
    if (value == null || !value.isTextual()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.asText().trim(), AZURE_CLI_LOCAL).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code expires_in}: seconds from {@code nowMillis}, as a number or a string of digits. */
  static Instant secondsFrom(JsonNode value, long nowMillis) {
    Instant seconds = epochSeconds(value);
    return seconds == null ? null : Instant.ofEpochMilli(nowMillis).plusSeconds(seconds.getEpochSecond());
  }
}
