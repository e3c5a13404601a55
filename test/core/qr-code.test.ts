import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { qrCode } from '../../src/core/qr-code.js';

describe('qrCode', () => {
  it('draws a named, square SVG with a quiet zone, dark on white in any theme', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width:120px">${qrCode('https://shop.example/p/linen-shirt', 'QR code: linen shirt')}</div>`);
    const code = host.querySelector('svg')!;
    expect(code.getAttribute('role')).to.equal('img');
    expect(code.getAttribute('aria-label')).to.equal('QR code: linen shirt');
    const [x, y, w, h] = code.getAttribute('viewBox')!.split(' ').map(Number);
    expect([x, y]).to.deep.equal([-4, -4]);
    expect(w).to.equal(h);
    // Version 2 or 3 for a URL this long: 25 or 29 modules, plus 8 of quiet zone.
    expect(w).to.be.oneOf([33, 37]);
    expect(code.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    expect(getComputedStyle(code).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(code.getBoundingClientRect().width).to.equal(120);
  });

  it('holds more modules for longer text', async () => {
    const side = (text: string) => fixture(html`<div>${qrCode(text, 'x')}</div>`).then((d) => Number(d.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]));
    expect(await side('A'.repeat(120))).to.be.greaterThan(await side('A'));
  });
});
