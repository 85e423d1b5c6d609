package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.petstore.pets.v1.Pet;
import com.example.petstore.pets.v1.PetStatus;
import com.example.petstore.pets.v1.PetsApi;
import dev.brickapi.runtime.json.JsonCodec;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.Config;
import feign.Client;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PetClientTest {

  @Test
  void generatedModelRoundTripsThroughJackson() throws Exception {
    ObjectMapper mapper = JsonCodec.newMapper();
    Pet pet = new Pet().setId(7L).setName("Rex").setStatus(PetStatus.AVAILABLE);
    String json = mapper.writeValueAsString(pet);
    assertEquals("{\"id\":7,\"name\":\"Rex\",\"status\":\"available\"}", json);
    Pet back = mapper.readValue(json, Pet.class);
    assertEquals("Rex", back.getName());
    assertEquals(PetStatus.AVAILABLE, back.getStatus());
  }

  @Test
  void generatedServiceCallsThroughTheRuntime() {
    AtomicReference<String> url = new AtomicReference<>();
    Client transport = (request, options) -> {
      url.set(request.httpMethod() + " " + request.url());
      return Response.builder().request(request).status(200)
          .headers(Map.of("Content-Type", List.of("application/json")))
          .body("{\"id\":7,\"name\":\"Rex\",\"status\":\"sold\"}", StandardCharsets.UTF_8).build();
    };
    ApiClient client = ApiClient.workspace(Config.builder().host("http://localhost:1").token("t")
        .allowInsecureLoopback(true).environment(Map.of()).home(Paths.get("target", "no-home")).client(transport).build());
    Pet pet = new PetsApi(client).getPet(7L);
    assertEquals("GET http://localhost:1/pets/7", url.get());
    assertEquals(PetStatus.SOLD, pet.getStatus());
  }
}
