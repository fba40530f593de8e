package org.cohesion.portal.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket, so that several application nodes share them. An S3
 * PUT is atomic: an object is visible whole or not at all. The bucket stays private; the
 * portal serves the public derivatives itself (a CDN in front caches them for a year).
 *
 * <p>
 * The AWS SDK v2 with the JDK's HTTP client and path-style addressing (what MinIO,
 * Garage, Ceph and S3Proxy expect): about 9 MB of jars, none of them Netty, Guava or
 * Kotlin.
 */
class S3MediaStorage implements MediaStorage {

	private final S3Client client;

	private final String bucket;

	S3MediaStorage(MediaProperties.S3 settings) {
		if (isBlank(settings.endpoint()) || isBlank(settings.accessKey()) || isBlank(settings.secretKey())) {
			throw new IllegalStateException(
					"portal.media.storage=s3 needs portal.media.s3.endpoint, access-key and secret-key");
		}
		this.client = S3Client.builder()
			.endpointOverride(URI.create(settings.endpoint()))
			.region(Region.of(settings.region()))
			.forcePathStyle(true)
			// Checksums only where S3 requires them: the SDK's default (a CRC trailer in
			// aws-chunked
			// encoding on every PUT) is not understood by every S3-compatible server.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.build();
		this.bucket = settings.bucket();
		try {
			try {
				client.headBucket((request) -> request.bucket(bucket));
			}
			catch (NoSuchBucketException ex) {
				client.createBucket((request) -> request.bucket(bucket));
			}
			catch (S3Exception ex) {
				if (ex.statusCode() != 404) {
					throw ex;
				}
				client.createBucket((request) -> request.bucket(bucket));
			}
		}
		catch (SdkException ex) {
			throw new IllegalStateException("S3 bucket " + bucket + " unreachable at " + settings.endpoint(), ex);
		}
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		try {
			client.putObject((request) -> request.bucket(bucket).key(key).contentType(contentType),
					RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw new IOException("S3 put " + key, ex);
		}
	}

	@Override
	public void put(String key, byte[] content, String contentType) throws IOException {
		try {
			client.putObject((request) -> request.bucket(bucket).key(key).contentType(contentType),
					RequestBody.fromBytes(content));
		}
		catch (SdkException ex) {
			throw new IOException("S3 put " + key, ex);
		}
	}

	@Override
	public Optional<StoredFile> open(String key) throws IOException {
		try {
			ResponseInputStream<GetObjectResponse> in = client.getObject((request) -> request.bucket(bucket).key(key));
			return Optional.of(new StoredFile(in, in.response().contentLength()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (SdkException ex) {
			throw new IOException("S3 get " + key, ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			client.deleteObject((request) -> request.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("S3 delete " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) throws IOException {
		try {
			client.headObject((request) -> request.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new IOException("S3 stat " + key, ex);
		}
		catch (SdkException ex) {
			throw new IOException("S3 stat " + key, ex);
		}
	}

	private static boolean isBlank(@org.jspecify.annotations.Nullable String value) {
		return value == null || value.isBlank();
	}

}
