package io.cloudstorage.connect.benchmarks.endtoend.connect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls a Connect worker's REST API with JSON bodies; an answer other than 2xx is an error holding its body. */
final class ConnectRest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ConnectRest(URI base) {
        this.base = base;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(path, "GET", HttpRequest.BodyPublishers.noBody());
    }

    void put(String path, Object body) throws IOException, InterruptedException {
        send(path, "PUT", json(body));
    }

    void post(String path, Object body) throws IOException, InterruptedException {
        send(path, "POST", json(body));
    }

    void patch(String path, Object body) throws IOException, InterruptedException {
        send(path, "PATCH", json(body));
    }

    void delete(String path) throws IOException, InterruptedException {
        send(path, "DELETE", HttpRequest.BodyPublishers.noBody());
    }

    /** Whether the worker answers at all, with 2xx, at {@code path}. */
    boolean answers(String path) throws InterruptedException {
        try {
            get(path);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private JsonNode send(String path, String method, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").method(method, body).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static HttpRequest.BodyPublisher json(Object body) throws IOException {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }
}
