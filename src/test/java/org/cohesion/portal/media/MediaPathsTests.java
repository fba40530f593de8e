package org.cohesion.portal.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaPathsTests {

	@Test
	void widthsStopAtTheImageOwnWidthOrTheLargestStandardOne() {
		assertThat(MediaPaths.widths(4000)).containsExactly(360, 720, 1080, 1600);
		assertThat(MediaPaths.widths(1600)).containsExactly(360, 720, 1080, 1600);
		assertThat(MediaPaths.widths(1200)).containsExactly(360, 720, 1080, 1200);
		assertThat(MediaPaths.widths(300)).containsExactly(300);
	}

	@Test
	void srcsetIsDerivedFromADerivativePath() {
		String hash = "0123456789abcdef01234567";
		assertThat(MediaPaths.srcset("/media/" + hash + "-1080.jpg")).isEqualTo("/media/" + hash + "-360.jpg 360w, "
				+ "/media/" + hash + "-720.jpg 720w, /media/" + hash + "-1080.jpg 1080w");
		assertThat(MediaPaths.srcset("/demo/kits.jpg")).isNull();
		assertThat(MediaPaths.srcset("/media/" + hash + "-1080.jpg?x")).isNull();
	}

}
