package dev.brickapi.codegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParserMessagesTest {

  @Test
  void dottedPathWithQuotedKeysAndMethodBecomesAPointer() {
    assertEquals("/paths/~1api~1monsters~1{index}/get/responses/200/content/application~1json/schema/allOf",
        ParserMessages.pointer("attribute paths.'/api/monsters/{index}'(get).responses.200.content."
            + "'application/json'.schema.allOf is not of type `array`"));
  }

  @Test
  void plainAttributePath() {
    assertEquals("/components/schemas/Pet/required", ParserMessages.pointer("attribute components.schemas.Pet.required is not of type `array`"));
  }

  @Test
  void messagesThatNameNoAttributeHaveNoPointer() {
    assertEquals("", ParserMessages.pointer("info.contact.www.example.com"));
    assertEquals("", ParserMessages.pointer("attribute paths.'/unterminated"));
  }
}
