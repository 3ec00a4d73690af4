import { describe, expect, it } from 'vitest';
import { replyHtml, replyText } from './reply-format';

describe('reply markup', () => {
  it('renders bold, italic, lists and paragraphs', () => {
    expect(replyHtml('Dear **Mr Müller**,\nthank you _kindly_.\n\n- 500 buttons\n- 20 reels')).toBe(
      '<p>Dear <strong>Mr Müller</strong>,<br>thank you <em>kindly</em>.</p>\n<ul><li>500 buttons</li><li>20 reels</li></ul>',
    );
  });

  it('escapes everything else', () => {
    expect(replyHtml('<script>alert(1)</script> **<b onclick="x">**')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>&lt;b onclick=&quot;x&quot;&gt;</strong></p>',
    );
  });

  it('leaves snake_case words alone and strips markup for the text part', () => {
    expect(replyHtml('see order_12345_a')).toBe('<p>see order_12345_a</p>');
    expect(replyText('**Thank you** for _waiting_')).toBe('Thank you for waiting');
  });
});
