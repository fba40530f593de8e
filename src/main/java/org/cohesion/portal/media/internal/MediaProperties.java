package org.cohesion.portal.media.internal;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code portal.media.*}: where files are kept and the limits an upload must respect.
 *
 * @param storage {@code local} (a directory) or {@code s3} (an S3-compatible bucket)
 * @param root the directory of the local storage
 * @param maxFileSize the largest file accepted
 * @param maxPixels the largest image accepted, in pixels (decompression bombs)
 * @param maxDimension the largest width or height accepted
 * @param workers how many images are processed at once (each needs ~60 MB of heap)
 * @param webp whether to write WebP derivatives (when the native encoder loads)
 * @param s3 the bucket, when {@code storage} is {@code s3}
 * @param decodeMemory the memory one image decode may take; by default a quarter of the
 * maximum heap divided by {@code workers} (see {@code DecodeBudget})
 */
@ConfigurationProperties("portal.media")
public record MediaProperties(@DefaultValue("local") String storage, @DefaultValue("./data/media") Path root,
		@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("60000000") long maxPixels,
		@DefaultValue("12000") int maxDimension, @DefaultValue("1") int workers, @DefaultValue("true") boolean webp,
		@DefaultValue S3 s3, @Nullable DataSize decodeMemory) {

	/**
	 * An S3-compatible bucket (AWS S3, MinIO, Garage, Ceph…); secrets from the
	 * environment.
	 */
	public record S3(@Nullable String endpoint, @DefaultValue("portal-media") String bucket,
			@DefaultValue("us-east-1") String region, @Nullable String accessKey, @Nullable String secretKey) {
	}

}
