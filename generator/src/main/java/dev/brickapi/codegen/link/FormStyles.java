package dev.brickapi.codegen.link;

import dev.brickapi.codegen.load.LoadedDocument;
import dev.brickapi.codegen.model.Body.FormStyle;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the fields of an {@code application/x-www-form-urlencoded} body are sent, from the media type's
 * {@code encoding} object: {@code style: deepObject} ({@code metadata[key]=v}, {@code items[0][price]=p}) or
 * {@code style: form} with {@code explode: false} (joined by commas). A field it does not name is sent as OpenAPI
 * 3.0 says by default: style form, exploded. A field's {@code contentType}, and the {@code encoding} of a multipart
 * body, are not applied, with a warning.
 */
final class FormStyles {

  private final Problems problems;

  FormStyles(Problems problems) {
    this.problems = problems;
  }

  /**
   * Warns about a {@code multipart/form-data} body's {@code encoding}, which the client does not apply: it sends
   * {@code format: binary} parts as files of {@code application/octet-stream}, others as text or JSON.
   */
  void multipart(MediaType media, String at, LoadedDocument doc) {
    if (media != null && media.getEncoding() != null && !media.getEncoding().isEmpty()) {
      problems.warning(new SourceRef(doc.name(), at, 0).child("encoding"),
          "the encoding of multipart parts " + String.join(", ", new TreeMap<>(media.getEncoding()).keySet())
              + " is not applied",
          "the client sends binary parts as application/octet-stream files and the others as text or JSON");
    }
  }

  /** The fields sent another way than the default, by JSON name; {@code at} is the media type's pointer. */
  Map<String, FormStyle> styles(MediaType media, String at, LoadedDocument doc) {
    Map<String, FormStyle> out = new TreeMap<>();
    if (media == null || media.getEncoding() == null) {
      return out;
    }
    for (Map.Entry<String, Encoding> e : media.getEncoding().entrySet()) {
      Encoding encoding = e.getValue();
      if (encoding.getContentType() != null) {
        problems.warning(new SourceRef(doc.name(), at, 0).child("encoding", e.getKey(), "contentType"),
            "the content type of form field '" + e.getKey() + "' is not applied: it is sent as the form sends its style",
            "drop contentType, or send the field as a string the caller encodes");
      }
      Encoding.StyleEnum style = encoding.getStyle() == null ? Encoding.StyleEnum.FORM : encoding.getStyle();
      boolean explode = encoding.getExplode() == null ? style == Encoding.StyleEnum.FORM : encoding.getExplode();
      if (style == Encoding.StyleEnum.DEEP_OBJECT) {
        out.put(e.getKey(), FormStyle.DEEP_OBJECT);
      } else if (style == Encoding.StyleEnum.FORM) {
        if (!explode) {
          out.put(e.getKey(), FormStyle.JOINED);
        }
      } else {
        problems.error(new SourceRef(doc.name(), at, 0).child("encoding", e.getKey(), "style"),
            "unsupported construct: form field style " + style, "send the field with style form (exploded or not) or deepObject");
      }
    }
    return out;
  }
}
