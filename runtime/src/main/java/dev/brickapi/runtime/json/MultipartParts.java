package dev.brickapi.runtime.json;

import java.util.Map;

/** A request body sent as {@code multipart/form-data}: one part per non-null property. */
public interface MultipartParts {

  /** The parts by name: {@code byte[]} values are sent as files, everything else as JSON or text. */
  Map<String, Object> parts();
}
