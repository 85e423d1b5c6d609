package dev.brickapi.runtime.retry;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date. */
public final class RetryAfter {
  private RetryAfter() {}

  /** The moment to retry at, in epoch milliseconds, or null when the header is absent or unreadable. */
  public static Long parse(String header, long nowMillis) {
    if (header == null || header.trim().isEmpty()) {
      return null;
    }
    String value = header.trim();
    if (value.matches("\\d{1,9}")) {
      return nowMillis + Long.parseLong(value) * 1000;
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
