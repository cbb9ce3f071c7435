package dev.dvt.it.cloud;

import com.google.api.services.storage.model.StorageObject;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import com.google.cloud.storage.StorageOptions;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import com.google.cloud.storage.spi.v1.StorageRpc;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

/**
 * An in-process GCS: google-cloud-nio's fake (LocalStorageHelper), which keeps objects of any
 * bucket name, taught that only the given buckets exist, as the JSON API answers 404 for object
 * calls on the others. Every client it hands out sees the same objects.
 */
final class TestingGcsStorage {
    private static final Set<String> BUCKET_SCOPED = Set.of("list", "get", "create", "open", "delete", "load", "read");

    private final Set<String> buckets;
    private final StorageRpc rpc;

    TestingGcsStorage(Set<String> buckets) {
        this.buckets = Set.copyOf(buckets);
        // The fake's class is package-private; it is reached through its StorageRpc interface.
        StorageRpc fake = (StorageRpc) LocalStorageHelper.customOptions(true).getRpc();
        this.rpc = (StorageRpc) Proxy.newProxyInstance(StorageRpc.class.getClassLoader(),
                new Class<?>[] {StorageRpc.class}, (proxy, method, args) -> call(fake, method, args));
    }

    /** A new client over the shared objects. */
    Storage client() {
        return StorageOptions.newBuilder().setProjectId("dvt-test")
                .setServiceRpcFactory(options -> rpc).build().getService();
    }

    private Object call(StorageRpc fake, Method method, Object[] args) throws Throwable {
        if (BUCKET_SCOPED.contains(method.getName()) && args != null && args.length > 0) {
            String bucket = args[0] instanceof String s && method.getName().equals("list") ? s
                    : args[0] instanceof StorageObject o ? o.getBucket() : null;
            if (bucket != null && !buckets.contains(bucket)) {
                throw new StorageException(404, "The specified bucket does not exist.");
            }
        }
        try {
            return method.invoke(fake, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
