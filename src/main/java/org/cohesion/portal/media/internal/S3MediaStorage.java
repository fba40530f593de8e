package org.cohesion.portal.media.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;

/**
 * Files in an S3-compatible bucket, so that several application nodes share them. An S3
 * PUT is atomic: an object is visible whole or not at all. The bucket stays private; the
 * portal serves the public derivatives itself (a CDN in front caches them for a year).
 */
class S3MediaStorage implements MediaStorage {

	private final MinioClient client;

	private final String bucket;

	S3MediaStorage(MediaProperties.S3 settings) {
		if (isBlank(settings.endpoint()) || isBlank(settings.accessKey()) || isBlank(settings.secretKey())) {
			throw new IllegalStateException(
					"portal.media.storage=s3 needs portal.media.s3.endpoint, access-key and secret-key");
		}
		this.client = MinioClient.builder()
			.endpoint(settings.endpoint())
			.region(settings.region())
			.credentials(settings.accessKey(), settings.secretKey())
			.build();
		this.bucket = settings.bucket();
		try {
			if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
				client.makeBucket(MakeBucketArgs.builder().bucket(bucket).region(settings.region()).build());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3 bucket " + bucket + " unreachable at " + settings.endpoint(), ex);
		}
	}

	@Override
	public void put(String key, Path file, String contentType) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			put(key, in, Files.size(file), contentType);
		}
	}

	@Override
	public void put(String key, byte[] content, String contentType) throws IOException {
		put(key, new ByteArrayInputStream(content), content.length, contentType);
	}

	private void put(String key, InputStream in, long length, String contentType) throws IOException {
		try {
			client.putObject(PutObjectArgs.builder()
				.bucket(bucket)
				.object(key)
				.stream(in, length, -1)
				.contentType(contentType)
				.build());
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("S3 put " + key, ex);
		}
	}

	@Override
	public Optional<StoredFile> open(String key) throws IOException {
		try {
			StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
			InputStream in = client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
			return Optional.of(new StoredFile(in, stat.size()));
		}
		catch (ErrorResponseException ex) {
			if ("NoSuchKey".equals(ex.errorResponse().code())) {
				return Optional.empty();
			}
			throw new IOException("S3 get " + key, ex);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("S3 get " + key, ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
		}
		catch (Exception ex) {
			throw new IOException("S3 delete " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) throws IOException {
		try {
			client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
			return true;
		}
		catch (ErrorResponseException ex) {
			if ("NoSuchKey".equals(ex.errorResponse().code())) {
				return false;
			}
			throw new IOException("S3 stat " + key, ex);
		}
		catch (Exception ex) {
			throw new IOException("S3 stat " + key, ex);
		}
	}

	private static boolean isBlank(@org.jspecify.annotations.Nullable String value) {
		return value == null || value.isBlank();
	}

}
