import { detectLegacyEncoding, fromTcvn3, fromVni, repairLegacyText } from '../../../main/import/legacy-encoding';
import { readRoster, xlsx } from './build-files';

/** Text as typed with .VnTime (TCVN3/ABC) fonts, read back as Windows-1252 characters. */
const TCVN3: [string, string][] = [
  ['NguyÔn V¨n §øc', 'Nguyễn Văn Đức'],
  ['TrÇn ThÞ H»ng', 'Trần Thị Hằng'],
  ['Lª Thanh H­¬ng', 'Lê Thanh Hương'],
  ['Ph¹m Ngäc D­¬ng', 'Phạm Ngọc Dương'],
  ['§Æng Quèc TuÊn', 'Đặng Quốc Tuấn'],
  ['Bïi ThÞ Thu Hµ', 'Bùi Thị Thu Hà'],
  ['Hå ChÝ Minh', 'Hồ Chí Minh'],
  ['Vò ThÞ Ph­îng', 'Vũ Thị Phượng'],
  ['Hoµng V¨n Lùc', 'Hoàng Văn Lực'],
  ['Uû ban MÆt trËn Tæ quèc ViÖt Nam', 'Uỷ ban Mặt trận Tổ quốc Việt Nam'],
  ['NGUYÔN V¡N', 'NGUYỄN VĂN'],
];

/** The same names typed with VNI-Windows fonts: base letter followed by mark characters. */
const VNI: [string, string][] = [
  ['Nguyeãn Vaên Ñöùc', 'Nguyễn Văn Đức'],
  ['Traàn Thò Haèng', 'Trần Thị Hằng'],
  ['Leâ Thanh Höông', 'Lê Thanh Hương'],
  ['Phaïm Ngoïc Döông', 'Phạm Ngọc Dương'],
  ['Ñaëng Quoác Tuaán', 'Đặng Quốc Tuấn'],
  ['Vuõ Thò Phöôïng', 'Vũ Thị Phượng'],
  ['Hoaøng Vaên Löïc', 'Hoàng Văn Lực'],
];

describe('legacy Vietnamese encodings', () => {
  it.each(TCVN3)('TCVN3 %j → %j', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('tcvn3');
    expect(repairLegacyText(legacy)).toEqual({ text: unicode.normalize('NFC'), encoding: 'tcvn3' });
  });

  it.each(VNI)('VNI %j → %j', (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe('vni');
    expect(repairLegacyText(legacy)).toEqual({ text: unicode.normalize('NFC'), encoding: 'vni' });
  });

  it('leaves Unicode text, plain ASCII and Latin-1-only Vietnamese alone', () => {
    for (const text of ['Nguyễn Văn Đức', 'Nguyen Van Duc', 'Lê Hà', 'Võ Tá', 'Hòa Bình', 'Tô Ánh', 'Phường 5, Quận 3', '°C']) {
      expect(repairLegacyText(text)).toEqual({ text, encoding: null });
    }
    expect(repairLegacyText('Nguyễn Văn Đức'.normalize('NFD')).encoding).toBeNull();
  });

  it('every toned Vietnamese letter has its TCVN3 and VNI spelling', () => {
    // Lower-case only: TCVN3 (VN3) has no toned capitals. Both spellings below come from a
    // converter independent of ours (Unikey-era tables), in the order of `letters`.
    const letters = 'áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵđ';
    const tcvn3 = '¸µ¶·¹¨¾»¼½Æ©ÊÇÈÉËÐÌÎÏÑªÕÒÓÔÖÝ×ØÜÞãßáâä«èåæçé¬íêëìîóïñòô\u00ADøõö÷ùýúûüþ®'; // \u00AD (soft hyphen) is ư
    expect(fromTcvn3(tcvn3)).toBe(letters);
    const vni =
      'aù,aø,aû,aõ,aï,aê,aé,aè,aú,aü,aë,aâ,aá,aà,aå,aã,aä,eù,eø,eû,eõ,eï,eâ,eá,eà,eå,eã,eä,í,ì,æ,ó,ò,où,oø,oû,oõ,oï,oâ,oá,oà,oå,oã,oä,' +
      'ô,ôù,ôø,ôû,ôõ,ôï,uù,uø,uû,uõ,uï,ö,öù,öø,öû,öõ,öï,yù,yø,yû,yõ,î,ñ';
    expect(vni.split(',').map(fromVni).join('')).toBe(letters);
    expect(vni.toUpperCase().split(',').map(fromVni).join('')).toBe(letters.toUpperCase());
  });

  it('converts legacy names in a roster file', async () => {
    const bytes = await xlsx({
      rows: [
        ['STT', 'Hä vµ tªn', 'Hä vµ tªn'],
        ['STT', 'Họ và tên', 'Chức vụ'],
        [1, 'NguyÔn V¨n §øc', 'BÝ th­ Chi bé'],
        [2, 'Traàn Thò Haèng', 'Tröôûng khu phoá'],
      ],
    });
    const preview = await readRoster(bytes, 'cu.xlsx');
    expect(preview.headerRow).toBe(2);
    expect(preview.rows.map((r) => [r.delegate?.fullName, r.delegate?.position])).toEqual([
      ['Nguyễn Văn Đức', 'Bí thư Chi bộ'],
      ['Trần Thị Hằng', 'Trưởng khu phố'],
    ]);
  });
});
