import { describe, expect, it } from 'vitest';
import { eventContact } from '../../src/lib/contact';
import { ui } from '../../src/i18n/zh-CN';

const site = { phone: '0512-6666 8888' };

describe('eventContact', () => {
  it("is the activity's own contact when it names one", () => {
    const contact = { name: '王老师', phone: '138 0000 1234' };
    expect(eventContact({ contact }, site)).toEqual(contact);
  });

  it('falls back to the community office at the site’s number', () => {
    expect(eventContact({}, site)).toEqual({ name: ui.facts.office, phone: site.phone });
    expect(eventContact({ contact: undefined }, site)).toEqual({ name: '社区服务中心', phone: '0512-6666 8888' });
  });
});
