package dev.brickapi.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import feign.RequestTemplate;
import feign.Response;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The Feign encoder and decoder of the generated interfaces, by the media type the operation declares: JSON bodies
 * through Jackson (decoded straight from the response bytes), byte arrays as they are, {@code multipart/form-data}
 * bodies from {@link MultipartParts} (or a byte array as one file part named {@code file}),
 * {@code application/x-www-form-urlencoded} bodies from the request object's JSON ({@link FormBody}), and text
 * ({@code text/*}) as strings in the charset of the header, UTF-8 by default.
 */
public final class JsonCodec implements Encoder, Decoder {

  private final ObjectMapper mapper;

  public JsonCodec() {
    this(newMapper());
  }

  public JsonCodec(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** A mapper fit for the generated models: unknown fields are kept by the models themselves. */
  public static ObjectMapper newMapper() {
    // Numbers the models do not type (unknown fields, any-value properties) are kept digit for digit, so a
    // read-modify-write sends back exactly what it read.
    return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) {
    if (object == null) {
      return;
    }
    String contentType = mediaType(template.headers().get("Content-Type"));
    if (object instanceof byte[] && contentType.equals("multipart/form-data")) {
      encodeMultipart(Map.of("file", object), template);
      return;
    }
    if (object instanceof byte[]) {
      template.body((byte[]) object, null);
      return;
    }
    if (object instanceof dev.brickapi.runtime.http.UploadBody) {
      ((dev.brickapi.runtime.http.UploadBody) object).attach(template);
      return;
    }
    if (object instanceof MultipartParts) {
      encodeMultipart(((MultipartParts) object).parts(), template);
      return;
    }
    if (contentType.equals("application/x-www-form-urlencoded")) {
      feign.MethodMetadata method = template.methodMetadata();
      template.body(FormBody.encode(mapper.valueToTree(object),
          method == null ? null : method.method().getAnnotation(dev.brickapi.runtime.http.FormEncoding.class)), null);
      return;
    }
    if (object instanceof String && contentType.startsWith("text/")) {
      template.body(((String) object).getBytes(charset(template.headers().get("Content-Type"))), null);
      return;
    }
    try {
      template.body(mapper.writeValueAsBytes(object), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EncodeException("cannot write the request body as JSON: " + e.getMessage(), e);
    }
  }

  private void encodeMultipart(Map<String, Object> parts, RequestTemplate template) {
    String boundary = "brickapi-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Map.Entry<String, Object> part : parts.entrySet()) {
        Object value = part.getValue();
        out.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (value instanceof byte[]) {
          out.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\"" + part.getKey()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
          out.write((byte[]) value);
        } else if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
          out.write(("Content-Disposition: form-data; name=\"" + part.getKey() + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
          out.write(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(("Content-Disposition: form-data; name=\"" + part.getKey()
              + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
          out.write(mapper.writeValueAsBytes(value));
        }
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new EncodeException("cannot write the multipart body: " + e.getMessage(), e);
    }
    template.removeHeader("Content-Type");
    template.header("Content-Type", "multipart/form-data; boundary=" + boundary);
    template.body(out.toByteArray(), null);
  }

  /** The media type of a {@code Content-Type} or {@code Accept} header without its parameters, lower case; "" if none. */
  private static String mediaType(Collection<String> header) {
    if (header == null || header.isEmpty()) {
      return "";
    }
    String value = header.iterator().next();
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** The {@code charset} parameter of a {@code Content-Type} header, UTF-8 when it names none or an unknown one. */
  private static java.nio.charset.Charset charset(Collection<String> header) {
    if (header != null && !header.isEmpty()) {
      for (String parameter : header.iterator().next().split(";")) {
        String[] kv = parameter.trim().split("=", 2);
        if (kv.length == 2 && kv[0].trim().equalsIgnoreCase("charset")) {
          try {
            return java.nio.charset.Charset.forName(kv[1].trim().replace("\"", ""));
          } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** A success without the body the operation documents: never answered as null, which would hide it. */
  private static DecodeException noBody(Response response, Type type) {
    String name = type.getTypeName();
    return new DecodeException(response.status(), "the " + response.status() + " response has no body, but the API "
        + "documents one (" + name.substring(name.lastIndexOf('.') + 1) + ")", response.request());
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type == void.class || type == Void.class) {
      return null;
    }
    if (type == Response.class) {
      return response;
    }
    if (type == dev.brickapi.runtime.http.BinaryResponse.class) {
      return dev.brickapi.runtime.http.BinaryResponse.of(response);
    }
    if (type == byte[].class) {
      return response.body() == null ? new byte[0] : Util.toByteArray(response.body().asInputStream());
    }
    if (type == String.class && response.request() != null
        && mediaType(response.request().headers().get("Accept")).startsWith("text/")) {
      return response.body() == null ? ""
          : new String(Util.toByteArray(response.body().asInputStream()), charset(response.headers().get("Content-Type")));
    }
    Collection<String> lengths = response.headers().get("Content-Length");
    if (response.body() == null || lengths != null && lengths.contains("0")) {
      throw noBody(response, type);
    }
    JavaType javaType = mapper.getTypeFactory().constructType(type);
    try (InputStream in = response.body().asInputStream()) {
      java.io.PushbackInputStream body = new java.io.PushbackInputStream(in, 1);
      int first = body.read();
      if (first < 0) {
        throw noBody(response, type);
      }
      body.unread(first);
      // Read the value, then the rest of the body, before closing: a connection whose response was read to
      // its end goes back to the pool instead of being dropped.
      Object value = mapper.readerFor(javaType).without(JsonParser.Feature.AUTO_CLOSE_SOURCE).readValue(body);
      byte[] rest = new byte[8192];
      while (body.read(rest) >= 0) {
        // drain
      }
      return value;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new DecodeException(response.status(),
          "response of " + response.request().httpMethod() + " " + response.request().url()
              + " is not the expected JSON: " + e.getOriginalMessage(), response.request(), e);
    }
  }
}
