// Style imports carry no behaviour under jest.
module.exports = {};
