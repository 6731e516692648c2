import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../helpers/run.js';

describe('proper config', () => {
  const { proper } = freshDatabase({ today: null });

  it('lists the seeded settings as {key, value} objects', async () => {
    await proper(['init']);
    const list = (await proper(['config', 'list', '--json'])).json<{ key: string; value: string }[]>();
    expect(list).toContainEqual({ key: 'bands.pkp', value: '90,80,70,60' });
    expect(list).toContainEqual({ key: 'pass_mark.pka', value: '70' });
    expect(list.every((s) => Object.keys(s).join() === 'key,value')).toBe(true);
  });

  it('sets bands through the Indonesian alias and gets them back', async () => {
    const set = await proper(['pengaturan', 'set', 'bands.pkp', '85,75,65,55', '--json']);
    expect(set.code).toBe(0);
    expect(set.json()).toEqual({ key: 'bands.pkp', value: '85,75,65,55' });
    const again = await proper(['config', 'set', 'bands.pkp', '86,76,66,56']);
    expect(again.stderr).toContain('85,75,65,55 → 86,76,66,56');
    await proper(['config', 'set', 'bands.pkp', '85,75,65,55']);
    expect((await proper(['config', 'get', 'bands.pkp', '--json'])).json()).toEqual({ key: 'bands.pkp', value: '85,75,65,55' });
    expect((await proper(['config', 'get', 'bands.pkp'])).stdout).toBe('85,75,65,55\n');
  });

  it('refuses bands that do not strictly descend, and a pass mark above 100, with exit 3', async () => {
    expect((await proper(['config', 'set', 'bands.pkp', '80,90,70,60'])).code).toBe(3);
    expect((await proper(['config', 'set', 'bands.pkp', '90,80,70'])).code).toBe(3);
    expect((await proper(['config', 'set', 'pass_mark.pkp', '101'])).code).toBe(3);
    expect((await proper(['config', 'get', 'bands.pkp', '--json'])).json()).toEqual({ key: 'bands.pkp', value: '90,80,70,60' });
  });

  it('refuses an unknown key with exit 3 and lists the known keys', async () => {
    await proper(['init']);
    const result = await proper(['config', 'get', 'bands.pim1', '--lang', 'en']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('Known keys:');
    expect(result.stderr).toContain('pass_mark.pkp');
    expect((await proper(['config', 'set', 'colour', 'blue'])).code).toBe(3);
  });
});
