package dev.dvt.it.cloud;

import dev.dvt.core.config.BucketConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Cloud staging through an Azure Blob container, on azurite. */
class AzureStagingCliIT extends BaseCloudStagingCliIT {
    private static final String CONTAINER = "dvt-stage";
    private static TestingAzurite azurite;

    @BeforeAll
    static void startAzurite() throws Exception {
        azurite = new TestingAzurite();
        azurite.createContainer(CONTAINER);
    }

    @AfterAll
    static void stopAzurite() {
        azurite.close();
    }

    private static String entry(String container, String endpoint, String key) {
        return "{type: azure, container: " + container + ", storage_account: " + TestingAzurite.ACCOUNT
                + ", prefix: stg/dvt, endpoint: '" + endpoint + "', account_key: '" + key + "'}";
    }

    @Override
    String bucketEntry() {
        return entry(CONTAINER, azurite.accountEndpoint(), TestingAzurite.KEY);
    }

    @Override
    String badCredentialsEntry() {
        return entry(CONTAINER, azurite.accountEndpoint(), wrongSecret());
    }

    @Override
    String wrongSecret() {
        // A well-formed (base64) key that is not the account's.
        return "d3JvbmdrZXl3cm9uZ2tleXdyb25na2V5d3JvbmdrZXk=";
    }

    @Override
    String missingBucketEntry() {
        return entry("no-such-container", azurite.accountEndpoint(), TestingAzurite.KEY);
    }

    @Override
    String unreachableEntry() throws Exception {
        return entry(CONTAINER, "http://127.0.0.1:" + TestingEmulator.closedPort() + "/" + TestingAzurite.ACCOUNT,
                TestingAzurite.KEY);
    }

    @Override
    BucketConfig bucketConfig() {
        return new BucketConfig.Azure("lake", CONTAINER, TestingAzurite.ACCOUNT, "stg/dvt", TestingAzurite.KEY, null, null,
                null, null, false, null, azurite.accountEndpoint());
    }
}
