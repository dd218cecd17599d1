package rapport.feedback.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentsTest {

    @Test
    void controlCharactersGoNewlinesStayAndTabsBecomeSpaces() {
        assertThat(Comments.clean("a\u0000b\u0007c\u001bd\u007fe\u0085f")).isEqualTo("abcdef");
        assertThat(Comments.clean("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
        assertThat(Comments.clean("tab\there")).isEqualTo("tab here");
    }

    @Test
    void markupIsKeptAsPlainText() {
        assertThat(Comments.clean("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void blankIsNoComment() {
        assertThat(Comments.clean(null)).isNull();
        assertThat(Comments.clean(" \n\t\u0000 ")).isNull();
        assertThat(Comments.clean("  kept  ")).isEqualTo("kept");
    }

    @Test
    void textBeyondTheBasicPlaneSurvives() {
        assertThat(Comments.clean("great \uD83D\uDC4D service")).isEqualTo("great \uD83D\uDC4D service");
    }
}
