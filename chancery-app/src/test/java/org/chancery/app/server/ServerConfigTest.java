package org.chancery.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaultsBindLoopbackReadOnly() {
        ServerConfig c = ServerConfig.defaults();
        assertEquals("127.0.0.1:7070:5242880:false", c.host() + ":" + c.port() + ":" + c.maxUploadBytes() + ":" + c.allowIngest());
    }

    @Test
    void invalidValuesAreRefusedNamingThem() {
        assertEquals("port must be 0..65535, got 70000",
                assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withPort(70000)).getMessage());
        assertEquals("maxUploadBytes must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withMaxUploadBytes(0)).getMessage());
        assertEquals("host must not be blank",
                assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaults().withHost(" ")).getMessage());
    }
}
