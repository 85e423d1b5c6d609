package dev.brickapi.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Jackson codecs for {@code date-time} and {@code date} strings, referenced by annotations on the
 * generated fields so the models need no module registered on the caller's ObjectMapper.
 */
public final class DateTimes {

  private DateTimes() {}

  public static final class DateTimeSerializer extends StdSerializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    public DateTimeSerializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      // Always with seconds: OffsetDateTime.toString() drops zero seconds, which RFC 3339 does not allow.
      gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
    }
  }

  public static final class DateTimeDeserializer extends StdDeserializer<OffsetDateTime> {
    private static final long serialVersionUID = 1L;

    public DateTimeDeserializer() {
      super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text, "not an RFC 3339 date-time");
      }
    }
  }

  public static final class DateSerializer extends StdSerializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    public DateSerializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  public static final class DateDeserializer extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    public DateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.getValueAsString();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an RFC 3339 full-date");
      }
    }
  }
}
