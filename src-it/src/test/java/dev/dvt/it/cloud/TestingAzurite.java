package dev.dvt.it.cloud;

import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import java.io.IOException;
import java.util.List;

/** azurite's blob service on loopback, in memory, with its well-known development account. */
final class TestingAzurite extends TestingEmulator {
    static final String ACCOUNT = "devstoreaccount1";
    static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    TestingAzurite() throws IOException, InterruptedException {
        super("azurite", List.of("dist/src/blob/main.js", "--blobHost", "127.0.0.1", "--blobPort", "{port}",
                "--inMemoryPersistence", "--silent", "--skipApiVersionCheck"));
    }

    /** Azurite addresses accounts by path: http://127.0.0.1:port/devstoreaccount1. */
    String accountEndpoint() {
        return endpoint() + "/" + ACCOUNT;
    }

    void createContainer(String name) {
        new BlobServiceClientBuilder().endpoint(accountEndpoint()).httpClient(new JdkHttpClientBuilder().build())
                .credential(new StorageSharedKeyCredential(ACCOUNT, KEY)).buildClient().createBlobContainer(name);
    }
}
